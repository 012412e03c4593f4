import { z } from 'zod';
import { safeParse } from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import authTokenInBody from './fixtures/auth-token-in-body.request.json';
import counters from './fixtures/counters.response.json';
import createDynamic from './fixtures/create-dynamic.request.json';
import createResponse from './fixtures/create.response.json';
import createStatic from './fixtures/create-static.request.json';
import createUpdatable from './fixtures/create-updatable.request.json';
import databaseGet from './fixtures/database-get.response.json';
import databasesList from './fixtures/databases-list.response.json';
import deleteResponse from './fixtures/delete.response.json';
import error401 from './fixtures/error-401.response.json';
import error429 from './fixtures/error-429.response.json';
import error450 from './fixtures/error-450.response.json';
import estimate from './fixtures/estimate.response.json';
import fieldsGet from './fixtures/fields-get.response.json';
import getDynamic from './fixtures/get-dynamic.response.json';
import getOpaque from './fixtures/get-opaque.response.json';
import getStatic from './fixtures/get-static.response.json';
import getUpdatableDemo from './fixtures/get-updatable-demo.response.json';
import listLowercase from './fixtures/list-lowercase.response.json';
import list from './fixtures/list.response.json';
import profileCheck from './fixtures/profile-check.response.json';
import refreshCounters from './fixtures/refresh-counters.response.json';
import segstatic from './fixtures/segstatic.response.json';
import success from './fixtures/success.response.json';
import taskStatus from './fixtures/task-status.response.json';
import updateDynamic from './fixtures/update-dynamic.request.json';
import updateResponse from './fixtures/update.response.json';
import updateStatic from './fixtures/update-static.request.json';
import updateUpdatable from './fixtures/update-updatable.request.json';
import {
  envelopeOf,
  listEnvelopeOf,
  wireCountersSchema,
  wireDatabaseListItemSchema,
  wireDatabaseSchema,
  wireEnvelopeSchema,
  wireEstimateSchema,
  wireFieldsSchema,
  wireProfileCheckSchema,
  wireSavedSchema,
  wireSegmentAddRequestSchema,
  wireSegmentListItemSchema,
  wireSegmentRecordSchema,
  wireSegmentUpdateRequestSchema,
  wireTaskRefSchema,
  wireTaskStatusSchema,
} from './wire';

/** The documented alternative the app never uses: the token in the body of a profile import. */
const tokenInBodySchema = z.looseObject({
  token: z.string(),
  db_id: z.number(),
  data: z.record(z.string(), z.unknown()),
});

const cases: Array<[string, unknown, $ZodType]> = [
  ['auth-token-in-body.request', authTokenInBody, tokenInBodySchema],
  ['success.response', success, wireEnvelopeSchema],
  ['create-static.request', createStatic, wireSegmentAddRequestSchema],
  ['create-dynamic.request', createDynamic, wireSegmentAddRequestSchema],
  ['create-updatable.request', createUpdatable, wireSegmentAddRequestSchema],
  ['create.response', createResponse, envelopeOf(wireSavedSchema)],
  ['update-static.request', { ...updateStatic, id: 2 }, wireSegmentUpdateRequestSchema],
  ['update-dynamic.request', updateDynamic, wireSegmentUpdateRequestSchema],
  ['update-updatable.request', updateUpdatable, wireSegmentUpdateRequestSchema],
  ['update.response', updateResponse, envelopeOf(wireSavedSchema)],
  ['get-dynamic.response', getDynamic, envelopeOf(wireSegmentRecordSchema)],
  ['get-static.response', getStatic, envelopeOf(wireSegmentRecordSchema)],
  ['get-updatable-demo.response', getUpdatableDemo, envelopeOf(wireSegmentRecordSchema)],
  ['get-opaque.response', getOpaque, envelopeOf(wireSegmentRecordSchema)],
  ['list.response', list, listEnvelopeOf(wireSegmentListItemSchema)],
  ['list-lowercase.response', listLowercase, listEnvelopeOf(wireSegmentListItemSchema)],
  ['counters.response', counters, envelopeOf(wireCountersSchema)],
  ['refresh-counters.response', refreshCounters, envelopeOf(wireTaskRefSchema)],
  ['task-status.response', taskStatus, envelopeOf(wireTaskStatusSchema)],
  ['segstatic.response', segstatic, wireEnvelopeSchema],
  ['delete.response', deleteResponse, wireEnvelopeSchema],
  ['databases-list.response', databasesList, listEnvelopeOf(wireDatabaseListItemSchema)],
  ['database-get.response', databaseGet, envelopeOf(wireDatabaseSchema)],
  ['fields-get.response', fieldsGet, envelopeOf(wireFieldsSchema)],
  ['error-401.response', error401, wireEnvelopeSchema],
  ['error-429.response', error429, wireEnvelopeSchema],
  ['error-450.response', error450, wireEnvelopeSchema],
  ['estimate.response', estimate, envelopeOf(wireEstimateSchema)],
  ['profile-check.response', profileCheck, envelopeOf(wireProfileCheckSchema)],
];

describe('wire fixtures', () => {
  it.each(cases)('%s parses', (_name, fixture, schema) => {
    const result = safeParse(schema, fixture);
    expect(result.success ? [] : result.error.issues).toEqual([]);
  });

  it('covers every fixture file', () => {
    const files = Object.keys(import.meta.glob('./fixtures/*.json'));
    expect(files.map((file) => file.replace(/^\.\/fixtures\/|\.json$/g, '')).sort()).toEqual(
      cases.map(([name]) => name).sort(),
    );
  });

  it('rejects a query without the documented keys', () => {
    const block = { ...createDynamic.segment[0]!, queries: [{ name: '_sex', operator: 'equal' }] };
    expect(wireSegmentAddRequestSchema.safeParse({ ...createDynamic, segment: [block] }).success).toBe(false);
  });
});
