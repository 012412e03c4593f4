/**
 * The embedded demo backend lives at a host that never resolves, so only the
 * MSW worker can answer it and every real connection passes through untouched.
 */
export const DEMO_BASE_URL = 'https://demo.segment-studio.invalid/api/v1.1';
export const DEMO_TOKEN = 'demo-token';
