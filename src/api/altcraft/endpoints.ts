/** Method paths as the vendor documents them (docs/contracts.md §1), trailing slashes included. */
export const ALTCRAFT_PATHS = {
  segmentsAdd: 'segments/add/',
  segmentsUpdate: 'segments/update/',
  segmentsGet: 'segments/get/',
  segmentsList: 'segments/list/',
  segmentsCounters: 'segments/get_counters',
  segmentsRefreshCounters: 'segments/refresh_counters',
  tasksStatus: 'tasks/status',
  segstaticAdd: 'profiles/segstatic/add',
  segstaticRemove: 'profiles/segstatic/remove',
  databasesList: 'databases/list/',
  databasesGet: 'databases/get/',
  databasesFields: 'databases/fields_get/',
} as const;

/**
 * Choices no vendor page confirms. One edit here fixes them when a live server says otherwise.
 */
export const ALTCRAFT_UNCONFIRMED = {
  /** Path of segment deletion. */
  segmentsDeletePath: 'segments/delete/',
  /** The database key of get_counters / refresh_counters: older pages say db_id, newer list_id. */
  countersDatabaseParam: 'db_id',
  /** The parameter of databases/fields_get/ that names the database. */
  fieldsDatabaseParam: 'id',
} as const;

/** Methods of the embedded demo backend only; a real Altcraft server never has them. */
export const DEMO_ONLY_PATHS = {
  estimate: 'segments/estimate/',
  profileCheck: 'profiles/check/',
  /** The values a field holds in a database, for value suggestions. */
  fieldValues: 'databases/field_values/',
  /** The first members of a segment, its size and when it was counted: no vendor method lists members. */
  segmentMembers: 'segments/members/',
} as const;

/** Page size for list methods; the vendor's default and maximum is 1000. */
export const LIST_PAGE_LIMIT = 1000;
