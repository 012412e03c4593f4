/**
 * Push0's paths, each in one constant (docs/contracts.md §2). The vendor page documents only create;
 * the rest follow the same resource and are unconfirmed until a live server says otherwise.
 * Paths are relative to the connection's base URL, e.g. `https://api.push0.com/v1`.
 */
export const PUSH0_PATHS = {
  /** POST, documented. */
  create: 'segments',
  /** GET ?page=&limit=&name=; unconfirmed (the list page writes `/api/v1/segments`). */
  list: 'segments',
  /** GET ?id=; unconfirmed. Answers a bare array of zero or one segment. */
  get: 'segments',
  /** PATCH with `{id, ...changed}`; documented as partial update. */
  update: 'segments',
  /** DELETE ?id=; unconfirmed. */
  remove: 'segments',
} as const;

/** Page size of the list: default 50, at most 100 (documented). */
export const PUSH0_PAGE_LIMIT_MAX = 100;
export const PUSH0_PAGE_LIMIT_DEFAULT = 50;
/** Constraints per group (documented). */
export const PUSH0_MAX_CONSTRAINTS_PER_GROUP = 10;

/**
 * Wire choices no vendor page confirms (docs/contracts.md §2). One edit here fixes each of them when a
 * live server says otherwise; the relation spellings themselves live in operators.ts.
 */
export const PUSH0_UNCONFIRMED = {
  /**
   * The `value` of an `exists` constraint. The page requires a value on every constraint but never
   * says what it means for `exists`; `true` is the reading that cannot invert the meaning, and an
   * `exists` read with any other value stays opaque (kept verbatim) rather than guessed at.
   */
  existsValue: true,
  /**
   * "The tag list contains a tag". The page types `tags` as a String Array and lists `contains`
   * for strings only; whether a list takes `contains` (or `==`) is not shown.
   */
  listContainsRelation: 'contains',
  /**
   * What PATCH sends to clear a description. Absent means "unchanged" (documented partial
   * update), and the field is typed String, so an empty string rather than null.
   */
  clearedDescription: '',
} as const;
