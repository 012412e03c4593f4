/** Every method of the embedded Altcraft backend, at `${baseUrl}/<method>`. */
import { http, HttpResponse, type HttpHandler } from 'msw';
import { z } from 'zod';
import { PersistError, resetDemoData } from '../backend';
import { databaseHandlers } from './databases';
import { endpoint, envelopeOf, ok, refuse } from './endpoint';
import { fieldValueHandlers } from './fieldValues';
import { profileHandlers } from './profiles';
import { segmentHandlers } from './segments';

/** Demo only: drop saved changes and reseed (src/api/demoAdmin.ts calls it). */
export const DEMO_RESET_PATH = 'demo/reset/';

export function altcraftHandlers(baseUrl: string): HttpHandler[] {
  return [
    ...segmentHandlers(baseUrl),
    ...profileHandlers(baseUrl),
    ...databaseHandlers(baseUrl),
    ...fieldValueHandlers(baseUrl),
    endpoint(baseUrl, {
      path: DEMO_RESET_PATH,
      write: true,
      persist: false,
      schema: z.looseObject({}),
      handle: async () => {
        try {
          await resetDemoData();
        } catch (error) {
          if (error instanceof PersistError) return refuse(500, error.message);
          throw error;
        }
        return ok(null);
      },
    }),
    // Last: any other method under the base URL is one Altcraft does not have.
    http.post(`${baseUrl}/*`, () => HttpResponse.json(envelopeOf(refuse(501)))),
  ];
}
