/**
 * Digital Audience's paths, each in one constant (CONTRACTS.md §3). Every page names one path in
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
