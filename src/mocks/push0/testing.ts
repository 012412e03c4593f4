/** A raw call to the embedded Push0 backend through real fetch, for the mocks' own tests. */
import { DEMO_PUSH0_BASE_URL, DEMO_PUSH0_KEY } from '@/api/demo';

export interface Push0CallOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'DELETE' | 'PUT';
  body?: unknown;
  /** null sends no Authorization header. */
  key?: string | null;
  /** null sends no Content-Type header. */
  contentType?: string | null;
}

export interface Push0Result<T> {
  status: number;
  body: T;
}

export async function push0<T = unknown>(query: string, options: Push0CallOptions = {}): Promise<Push0Result<T>> {
  const { method = 'GET', body, key = DEMO_PUSH0_KEY, contentType = 'application/json' } = options;
  const headers: Record<string, string> = {};
  if (contentType !== null) headers['Content-Type'] = contentType;
  if (key !== null) headers.Authorization = `Bearer ${key}`;
  const response = await fetch(`${DEMO_PUSH0_BASE_URL}/segments${query}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, body: (text === '' ? null : JSON.parse(text)) as T };
}
