import { z } from 'zod';
import { scriptedFetch } from '../altcraft/testing/fixtures';
import bareList from './fixtures/audience-segments-bare.response.json';
import list from './fixtures/audience-segments.response.json';
import createRequest from './fixtures/createcrmaudience.request.json';
import createResponse from './fixtures/createcrmaudience.response.json';
import error401 from './fixtures/error-401.response.json';
import error404 from './fixtures/error-404.response.json';
import error500 from './fixtures/error-500.response.json';
import sparse from './fixtures/loadsegmentbyid-sparse.response.json';
import segment from './fixtures/loadsegmentbyid.response.json';
import loginRejected from './fixtures/login-rejected.response.json';
import loginRequest from './fixtures/login.request.json';
import loginResponse from './fixtures/login.response.json';
import removeResponse from './fixtures/remove.response.json';
import endDateRequest from './fixtures/updateenddate.request.json';
import endDateResponse from './fixtures/updateenddate.response.json';
import { DA_PATHS } from './endpoints';
import { createDigitalAudienceProvider } from './provider';
import {
  daCreateAudienceRequestSchema,
  daCreatedAudienceSchema,
  daEndDateAnswerSchema,
  daEndDateRequestSchema,
  daErrorSchema,
  daLoginAnswerSchema,
  daLoginRequestSchema,
  daSegmentListSchema,
  daSegmentSchema,
} from './wire';

/** An answer as the vendor wraps it. */
const wrapped = (data: z.ZodType) => z.strictObject({ data });

const cases: Array<[string, unknown, z.ZodType]> = [
  ['login.request', loginRequest, daLoginRequestSchema],
  ['login.response', loginResponse, wrapped(daLoginAnswerSchema)],
  ['login-rejected.response', loginRejected, daErrorSchema],
  ['audience-segments.response', list, wrapped(daSegmentListSchema)],
  ['audience-segments-bare.response', bareList, daSegmentListSchema],
  ['loadsegmentbyid.response', segment, wrapped(daSegmentSchema)],
  ['loadsegmentbyid-sparse.response', sparse, daSegmentSchema],
  ['updateenddate.request', endDateRequest, daEndDateRequestSchema],
  ['updateenddate.response', endDateResponse, wrapped(daEndDateAnswerSchema)],
  ['createcrmaudience.request', createRequest, daCreateAudienceRequestSchema],
  ['createcrmaudience.response', createResponse, wrapped(daCreatedAudienceSchema)],
  ['remove.response', removeResponse, wrapped(z.literal(true))],
  ['error-401.response', error401, daErrorSchema],
  ['error-404.response', error404, daErrorSchema],
  ['error-500.response', error500, daErrorSchema],
];

/** The properties of the page's Segment table, in its order. */
const DOCUMENTED_PROPERTIES = [
  'segmentId',
  'segmentRefId',
  'categoryId',
  'description',
  'extend',
  'active',
  'accountId',
  'audienceId',
  'platformId',
  'isRecurring',
  'isSystemGenerated',
  'country',
  'startDate',
  'endDate',
  'status',
  'statusId',
  'userName',
  'userId',
  'totalLogCount',
  'totalReadyCount',
  'totalProcessingCount',
  'totalPendingCount',
  'totalUploadCount',
  'totalFailedCount',
  'totalNoDataCount',
  'totalSegmentUploadCount',
  'id',
  'name',
  'created',
  'updated',
];

describe('Digital Audience wire fixtures', () => {
  it.each(cases)('%s parses', (_name, fixture, schema) => {
    const result = schema.safeParse(fixture);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('covers every fixture file', () => {
    const files = Object.keys(import.meta.glob('./fixtures/*.json'));
    expect(files.map((file) => file.replace(/^\.\/fixtures\/|\.json$/g, '')).sort()).toEqual(
      cases.map(([name]) => name).sort(),
    );
  });

  it('the segment fixtures carry every property of the page, in its order', () => {
    expect(Object.keys(segment.data)).toEqual(DOCUMENTED_PROPERTIES);
    for (const item of list.data) expect(Object.keys(item)).toEqual(DOCUMENTED_PROPERTIES);
  });

  it('rejects bodies that are not segments', () => {
    expect(daSegmentSchema.safeParse({ name: 'No id' }).success).toBe(false);
    expect(daSegmentSchema.safeParse({ id: 1 }).success).toBe(false);
    expect(daSegmentSchema.safeParse({ id: 1, name: 'x', totalLogCount: '12' }).success).toBe(false);
    expect(daSegmentListSchema.safeParse(segment.data).success).toBe(false);
  });
});

describe('requests as the vendor documents them', () => {
  const BASE = 'https://da.test';

  function setup() {
    const scripted = scriptedFetch(
      {
        [DA_PATHS.login]: loginResponse,
        [DA_PATHS.updateEndDate]: endDateResponse,
        [DA_PATHS.createAudience]: createResponse,
      },
      BASE,
    );
    const provider = createDigitalAudienceProvider({
      baseUrl: BASE,
      connectionId: 'da',
      audienceId: '1001',
      auth: { kind: 'login', userName: loginRequest.userName, password: loginRequest.password },
      fetch: scripted.fetch,
    });
    return { provider, calls: scripted.calls };
  }

  it('login and updateenddate send the page’s bodies exactly', async () => {
    const { provider, calls } = setup();
    await provider.updateEndDate!(endDateRequest.segmentid, endDateRequest.endDate);
    expect(calls.map((call) => [call.method, call.path, call.body])).toEqual([
      ['POST', DA_PATHS.login, loginRequest],
      ['POST', DA_PATHS.updateEndDate, endDateRequest],
    ]);
    expect(JSON.stringify(calls[1]!.body)).toBe(JSON.stringify(endDateRequest));
  });

  it('createcrmaudience sends the page’s body exactly', async () => {
    const { provider, calls } = setup();
    const created = await provider.createAudience!(createRequest);
    expect(calls[1]).toMatchObject({ method: 'POST', path: DA_PATHS.createAudience, body: createRequest });
    expect(created).toEqual({ id: createResponse.data.id, name: createResponse.data.name });
  });
});
