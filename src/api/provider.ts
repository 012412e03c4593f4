/**
 * The one interface the UI talks to, in domain types only. Each backend is a factory returning
 * one of these; `capabilities` says what it can store so the builder never fails at save time.
 */
import type { Capabilities, FieldCatalog, Segment, SegmentKind } from '@/domain/model';

export type { Capabilities } from '@/domain/model';

export type Cursor = string | number;

export interface ListParams {
  /** Where the page starts; omit for the first page. */
  cursor?: Cursor;
  limit?: number;
  /** Case-insensitive match on the name. */
  search?: string;
  tags?: string[];
  signal?: AbortSignal;
}

export interface SegmentSummary {
  id: number | string;
  name: string;
  tags: string[];
  kind?: SegmentKind;
  databaseId?: number;
  databaseName?: string;
  count?: number;
  updatedAt?: string;
  createdAt?: string;
  /** The vendor's status word and schedule, where it has them (Digital Audience). */
  status?: string;
  active?: boolean;
  endDate?: string;
  /** Access groups, where the backend has them. */
  groups?: Array<{ id: number | string; name: string }>;
}

export interface SegmentPage {
  items: SegmentSummary[];
  nextCursor: Cursor | null;
  /** null when the backend does not say (or a search filters the pages). */
  total: number | null;
}

/** The databaseId of segments on backends without databases (`capabilities.databases` false). */
export const NO_DATABASE = 0;

export interface Database {
  id: number;
  name: string;
}

export interface ChannelCounts {
  channel: string;
  subscribedSendable: number;
  unconfirmedSendable: number;
}

/** `unknown`: a status word the adapter cannot read; polling stops and says so. */
export type TaskState = 'pending' | 'running' | 'completed' | 'failed' | 'unknown';

export interface TaskStatus {
  status: TaskState;
  /** The vendor's own word, when the status is `unknown`. */
  word?: string;
  /** 0..100 */
  progress: number;
}

export interface Estimate {
  total: number;
  /** Members matching each group, by group id (block roots included). */
  perGroup: Record<string, number>;
}

/** The values a field holds in a database, most frequent first. */
export interface FieldValues {
  values: Array<{ value: string; count: number }>;
  /** Every value the field holds is listed: a value not among them matches no profile. */
  complete: boolean;
}

export type MemberResult = { profileId: string; ok: true } | { profileId: string; ok: false; error: Error };

/**
 * Why a checked profile is not in the segment, where the backend's answer says: it fails the
 * conditions, or it passes the conditions of a block (0-based `block`) but falls outside that
 * block's sample range, or is past its member limit.
 */
export type ProfileCheckReason =
  | { kind: 'conditions' }
  | { kind: 'sample'; block: number; from: number; to: number }
  | { kind: 'limit'; block: number; limit: number };

export interface ProfileCheck {
  profileId: string;
  inSegment: boolean;
  /** Only when the profile is not in the segment and the backend's answer shows why. */
  reason?: ProfileCheckReason;
  explain: Array<{
    /** Wire path of the part ("0" block root, "0.1" its second child ...). */
    path: string;
    /** The part's node id when the segment passed in has one at that path. */
    nodeId?: string;
    matched: boolean;
    text: string;
  }>;
}

/** One member of a segment as a sample shows it: its id, email and a few key fields. */
export interface MemberProfile {
  id: string;
  email?: string;
  /** A handful of the profile's fields, by field name (labelled from the field catalog). */
  fields: Record<string, string | number | boolean | null>;
}

export interface MemberSample {
  /** The first members, at most the `limit` asked for. */
  profiles: MemberProfile[];
  /** How many members the segment had when it was counted. */
  total: number;
  /** When the backend counted them (ISO 8601), where it says. */
  countedAt?: string;
}

export interface ListMembersOptions extends ReadOptions {
  databaseId?: number;
  limit?: number;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * A request exactly as the provider would send it, for previews and "Copy as cURL". Secrets are
 * masked in `headers` (SECRET_MASK), never present.
 */
export interface WriteRequest {
  method: HttpMethod;
  url: string;
  headers: Record<string, string>;
  /** Absent for requests without a body. */
  body?: unknown;
  /** Where the vendor documents an XML form of the request. */
  xml?: string;
}

/** What stands in for a secret in a previewed header. */
export const SECRET_MASK = '••••••';

/** A segment in the vendor's own stored form, for the detail page's payload view. */
export interface StoredPayload {
  body: unknown;
  /** Where the vendor documents an XML form. */
  xml?: string;
}

/** A new audience (Digital Audience's createcrmaudience). */
export interface AudienceInput {
  name: string;
  description?: string;
  campaignId: string;
}

export interface CreatedAudience {
  id: number | string;
  name: string;
}

export interface SaveResult {
  id: number | string;
  /**
   * The server answered a repeated Request-ID with its first answer (`Duplicate-Request: true`):
   * the save had already arrived, and nothing was written twice.
   */
  replayed?: boolean;
}

export interface ReadOptions {
  signal?: AbortSignal;
}

export interface WriteOptions {
  signal?: AbortSignal;
  /** Lets the request outlive the page, for a write confirmed as the tab closes. */
  keepalive?: boolean;
  /** The `requestId` of a failed attempt of this same write, to retry it without duplicating it. */
  requestId?: string;
}

export interface CountsOptions extends ReadOptions {
  databaseId?: number;
  resourceId?: number;
}

export interface SegmentsProvider {
  readonly connectionId: string;
  readonly capabilities: Capabilities;
  list(params?: ListParams): Promise<SegmentPage>;
  get(id: number | string, signal?: AbortSignal): Promise<Segment>;
  create(segment: Segment, options?: WriteOptions): Promise<SaveResult>;
  update(segment: Segment, options?: WriteOptions): Promise<SaveResult>;
  remove(id: number | string, options?: WriteOptions): Promise<void>;
  /**
   * The request create/update would send, for previews: the same builder Save uses, so the two
   * cannot drift. Sends nothing that writes.
   */
  writeRequest(segment: Segment, signal?: AbortSignal): Promise<WriteRequest>;
  /** The segment in the vendor's stored form (detail page), without any request. */
  payload(segment: Segment): StoredPayload;
  /** A cheap read that proves the base URL and the secret work ("Test connection"). */
  checkConnection(signal?: AbortSignal): Promise<void>;
  /** Empty where `capabilities.databases` is false. */
  databases(signal?: AbortSignal): Promise<Database[]>;
  /** Backends without databases ignore the id (the editor passes NO_DATABASE). */
  fieldCatalog(databaseId: number, signal?: AbortSignal): Promise<FieldCatalog>;
  counts(id: number | string, options?: CountsOptions): Promise<ChannelCounts[]>;
  refreshCounts(id: number | string, options?: CountsOptions & WriteOptions): Promise<{ taskId: string | number }>;
  taskStatus(taskId: string | number, signal?: AbortSignal): Promise<TaskStatus>;
  /** Only where the backend can count a draft. */
  estimate?(draft: Segment, signal?: AbortSignal): Promise<Estimate>;
  /**
   * Only where `capabilities.fieldValues`: the values a text field holds in a database, those
   * starting with `prefix` (case-insensitive; empty for the most frequent), for value suggestions.
   */
  fieldValues?(databaseId: number, field: string, prefix: string, signal?: AbortSignal): Promise<FieldValues>;
  addStaticMembers(
    segmentId: number | string,
    databaseId: number,
    profileIds: string[],
    options?: { signal?: AbortSignal; skipTriggers?: boolean },
  ): Promise<MemberResult[]>;
  removeStaticMembers(
    segmentId: number | string,
    databaseId: number,
    profileIds: string[],
    options?: { signal?: AbortSignal; skipTriggers?: boolean },
  ): Promise<MemberResult[]>;
  /** Only where `capabilities.lifecycle`: moves the end date (ISO 8601) and answers the segment. */
  updateEndDate?(id: number | string, endDate: string, options?: WriteOptions): Promise<Segment>;
  /** Only where `capabilities.audiences`. */
  createAudience?(input: AudienceInput, options?: WriteOptions): Promise<CreatedAudience>;
  /** Only where `capabilities.listMembers`: the first members of a segment, with its size and when it was counted. */
  listMembers?(segmentId: number | string, options?: ListMembersOptions): Promise<MemberSample>;
  /** Only where the backend can explain one profile; `profile` is an id or an email. */
  checkProfile?(
    segmentId: number | string,
    profile: string,
    options?: { signal?: AbortSignal; segment?: Segment },
  ): Promise<ProfileCheck>;
}
