/**
 * The embedded demo backend lives at a host that never resolves, so only the
 * MSW worker can answer it and every real connection passes through untouched.
 */
export const DEMO_BASE_URL = 'https://demo.segment-studio.invalid/api/v1.1';
export const DEMO_TOKEN = 'demo-token';

/** Dev servers and demo builds (`VITE_ENABLE_MOCKS=true`) carry the embedded backend; plain builds do not. */
export const EMBEDDED_BACKEND_AVAILABLE: boolean = import.meta.env.DEV || import.meta.env.VITE_ENABLE_MOCKS === 'true';
