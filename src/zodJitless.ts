/**
 * The built app's CSP forbids eval (scripts/csp.ts). Zod probes for it with `new Function` when the
 * first object schema is built, which the browser reports as a CSP violation on every load; jitless
 * zod never probes. Imported first by main.tsx, before any module builds a schema.
 */
import { config } from 'zod';

config({ jitless: true });
