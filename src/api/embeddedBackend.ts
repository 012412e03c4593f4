/**
 * Dev servers and demo builds (`VITE_ENABLE_MOCKS=true`) carry the embedded backend; plain builds
 * do not. Apart from demo.ts because Node (the mock server, Playwright) imports that one, and
 * `import.meta.env` exists only under Vite.
 */
export const EMBEDDED_BACKEND_AVAILABLE: boolean = import.meta.env.DEV || import.meta.env.VITE_ENABLE_MOCKS === 'true';
