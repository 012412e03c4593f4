/**
 * The built app's CSP forbids eval (scripts/csp.ts). Zod probes for it with `new Function` when the
 * first object schema is built, which the browser reports as a CSP violation on every load; jitless
 * zod never probes. Imported first by main.tsx, before any module builds a schema.
 *
 * Through zod/mini, so the entry does not carry all of classic zod: the first page's wire schemas
 * are zod/mini (api/altcraft/wire.ts, api/connections/model.ts); the editor's use classic zod, in
 * its own chunks. Classic zod sets English issue messages when it loads; set here, they read the
 * same before it has ("expected array, received undefined", not just "Invalid input").
 */
import { config } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config({ jitless: true, ...en() });
