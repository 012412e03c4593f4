/** Public entry of the API layer. */
export type {
  Capabilities,
  ChannelCounts,
  CountsOptions,
  Cursor,
  Database,
  Estimate,
  ListParams,
  MemberResult,
  ProfileCheck,
  ReadOptions,
  SegmentPage,
  SegmentSummary,
  SegmentsProvider,
  TaskState,
  TaskStatus,
  WriteOptions,
} from './provider';
export {
  ApiError,
  apiErrorText,
  codeForNumber,
  isApiError,
  isTransient,
  type ApiErrorAction,
  type ApiErrorInit,
} from './errors';
export {
  API_MESSAGES,
  apiMessagesEn,
  apiMessagesRu,
  CLIENT_CODES,
  detailFor,
  messageFor,
  VENDOR_CODES,
  type ApiErrorCode,
  type ApiMessage,
  type ApiMessages,
  type ClientCode,
  type DetailCode,
  type DetailParams,
  type DetailText,
  type MessageParams,
  type VendorCode,
} from './messages';
export {
  createHttpClient,
  DEFAULT_TIMEOUT_MS,
  joinUrl,
  retryAfterSeconds,
  type CallOptions,
  type Decode,
  type HttpAnswer,
  type HttpClient,
  type HttpClientOptions,
  type RetryNotice,
} from './http';
export { jsonEqual } from './json';
export { describeIssues, validated } from './validate';
export * from './connections';
export { VENDOR_IDS, VENDORS, vendorOf, type VendorDefinition, type VendorId } from './vendors/registry';
export { DEMO_BASE_URL, DEMO_TOKEN } from './demo';
export { queryKeys, type SegmentListFilters } from './queryKeys';
export {
  countsOptions,
  databasesOptions,
  estimateOptions,
  fieldCatalogOptions,
  segmentListOptions,
  segmentOptions,
  taskStatusOptions,
} from './queries';
export {
  useDeleteSegment,
  useRefreshCounts,
  useRenameSegment,
  useSaveSegment,
  useStaticMembers,
  type MembersVariables,
  type RenameVariables,
  type SaveVariables,
} from './mutations';
export * as altcraft from './altcraft';
export { createAltcraftProvider, fromWire, toWire, toXml, wirePathKey } from './altcraft';
