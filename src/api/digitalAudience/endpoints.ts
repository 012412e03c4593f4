/**
 * Digital Audience's paths, each in one constant (docs/contracts.md §3). Every page names one path in
 * its heading and another in its curl example; these follow the curl examples, and all of them
 * are unconfirmed until a live server says otherwise. Relative to the connection's base URL.
 */
export const DA_PATHS = {
  /** POST `{userName, password}`, answers `{data: true}` and sets the session cookie (documented). */
  login: 'account/login',
  /** GET: the segments of one audience. Heading and curl agree; the answer's shape is unconfirmed. */
  listByAudience: (audienceId: string) => `segment/audience:${encodeURIComponent(audienceId)}`,
  /** GET; the heading says `segment/{id}`. */
  get: (id: string | number) => `Segment/loadsegmentbyid/${encodeURIComponent(String(id))}`,
  /** POST `{segmentid, endDate}`; the heading says `segment/updateenddate`. */
  updateEndDate: 'api/segment/updateenddate',
  /** DELETE; the page has no example. */
  remove: (id: string | number) => `segment/${encodeURIComponent(String(id))}`,
  /** POST `{name, description?, campaignId}`; the heading says `audience/createcrmaudience`. */
  createAudience: 'audience/create/api/audience/createcrmaudience',
} as const;

/**
 * Wire choices no vendor page confirms (docs/contracts.md §3), besides the paths above. One edit here
 * fixes each when a live server says otherwise.
 */
export const DA_UNCONFIRMED = {
  /**
   * The key of a segment that the routes' `{segmentid}` and updateenddate's `segmentid` take. A
   * segment has both `id` ("internal unique identifier for the segment record") and `segmentId`;
   * `id` is the record the API loads by id. A segment without it falls back to the other one.
   */
  segmentKey: 'id',
  /** Status words by `statusId`, for a segment that sends only the number; the page shows "Active" only. */
  statusWords: { 1: 'Active', 2: 'Pending', 3: 'Processing', 4: 'Paused', 5: 'Expired', 6: 'Failed' } as Readonly<
    Record<number, string>
  >,
  /** createcrmaudience's `campaignId`: the curl sends a number, the body example a quoted string. Digits go as a number. */
  campaignIdAsNumber: true,
  /** The page says every date is UTC; a date that arrives without a zone is read as UTC, not local time. */
  zonelessDatesAreUtc: true,
  /** Login answers with these statuses mean a wrong user name or password (others keep their meaning). */
  loginRejectedStatuses: [400, 401, 403] as readonly number[],
  /**
   * The page shows no answer to updateenddate; docs/contracts.md says it is the segment. A bare `true`
   * (as login answers) is accepted too, and the segment is read back instead.
   */
  readBackAfterEndDateAck: true,
} as const;
