/** A raw call to an embedded Digital Audience backend through real fetch, for the mocks' own tests. */
import { DA_SESSION_HEADER, DEMO_DA_BASE_URL, DEMO_DA_SESSION } from '@/api/demo';

export interface DaCallOptions {
  method?: 'GET' | 'POST' | 'DELETE';
  body?: unknown;
  /** The session in DA_SESSION_HEADER (default: the demo session); null sends none. */
  session?: string | null;
  headers?: Record<string, string>;
  baseUrl?: string;
}

export interface DaResult<T> {
  status: number;
  headers: Headers;
  body: T;
}

export async function da<T = unknown>(path: string, options: DaCallOptions = {}): Promise<DaResult<T>> {
  const { method = 'GET', body, session = DEMO_DA_SESSION, baseUrl = DEMO_DA_BASE_URL } = options;
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...options.headers };
  if (session !== null) headers[DA_SESSION_HEADER] = session;
  const response = await fetch(`${baseUrl}/${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: (text === '' ? null : JSON.parse(text)) as T };
}
