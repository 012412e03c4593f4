/** databases/list/, databases/get/ and databases/fields_get/ of the embedded Altcraft backend. */
import type { HttpHandler } from 'msw';
import { ALTCRAFT_PATHS, ALTCRAFT_UNCONFIRMED } from '@/api/altcraft/endpoints';
import {
  wireDatabaseGetRequestSchema,
  wireDatabaseListRequestSchema,
  wireFieldsRequestSchema,
} from '@/api/altcraft/wire';
import type { DemoBackend } from '../backend';
import { databaseListItem } from '../records';
import type { DemoDatabase } from '../seed/databases';
import { endpoint, invalid, ok, refuse, type Reply } from './endpoint';
import { page } from './paging';

function findDatabase(backend: DemoBackend, id: number): DemoDatabase | Reply {
  return backend.store.database(id) ?? refuse(404, `database ${id} does not exist`);
}

const isReply = (value: DemoDatabase | Reply): value is Reply => 'ok' in value;

/**
 * The database parameter of fields_get is unconfirmed: the adapter's choice first, then the
 * spellings other methods use, so either guess finds the database.
 */
function databaseParam(body: Record<string, unknown>): unknown {
  return body[ALTCRAFT_UNCONFIRMED.fieldsDatabaseParam] ?? body.db_id ?? body.list_id;
}

export function databaseHandlers(baseUrl: string): HttpHandler[] {
  return [
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.databasesList,
      schema: wireDatabaseListRequestSchema,
      handle: (body, backend) => {
        const { items, extra } = page(backend.store.databases, body);
        return ok(items.map(databaseListItem), extra);
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.databasesGet,
      schema: wireDatabaseGetRequestSchema,
      handle: (body, backend) => {
        const db = findDatabase(backend, body.id);
        if (isReply(db)) return db;
        return ok({ id: db.id, name: db.name, description: db.description, suppress_id: db.suppressId });
      },
    }),
    endpoint(baseUrl, {
      path: ALTCRAFT_PATHS.databasesFields,
      schema: wireFieldsRequestSchema,
      handle: (body, backend) => {
        const id = databaseParam(body);
        if (typeof id !== 'number')
          return invalid({ [ALTCRAFT_UNCONFIRMED.fieldsDatabaseParam]: 'a database id is required' });
        const db = findDatabase(backend, id);
        return isReply(db) ? db : ok(db.fields);
      },
    }),
  ];
}
