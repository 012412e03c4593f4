/**
 * Push0's paths, each in one constant (CONTRACTS.md §2). The vendor page documents only create;
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
