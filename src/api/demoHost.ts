/**
 * The embedded demo backend lives at a host that never resolves, so only the MSW worker can answer
 * it and every real connection passes through untouched.
 *
 * A module of its own, outside the `connections` chunk that holds demo.ts (vite.config.ts): the
 * entry imports it (api/demoStart.ts), and a chunk the entry imports statically is evaluated before
 * the entry's own code, which must configure zod before any schema is built (src/zodJitless.ts).
 */
export const DEMO_HOST = 'https://demo.segment-studio.invalid';
