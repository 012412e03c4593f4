import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from '@/mocks/node';
import { resetConnectionsForTests } from '@/api/connections';

// Unhandled requests are errors: a test that talks to an unknown URL must fail loudly.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  sessionStorage.clear();
  localStorage.clear();
  resetConnectionsForTests();
});
afterAll(() => server.close());
