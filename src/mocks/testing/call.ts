/** A raw Altcraft call to the embedded backend through real fetch, for the mocks' own tests. */
import { DEMO_BASE_URL, DEMO_TOKEN } from '@/api/demo';

export interface Envelope {
  error: number;
  error_text: string;
  data: unknown;
  next_from_id?: number;
  total_count?: number;
}

export interface CallOptions {
  /** null sends no Authorization header at all. */
  token?: string | null;
  headers?: Record<string, string>;
}

export interface CallResult<T = unknown> {
  status: number;
  headers: Headers;
  body: Envelope & { data: T };
}

export async function call<T = unknown>(
  path: string,
  body: unknown = {},
  options: CallOptions = {},
): Promise<CallResult<T>> {
  const token = options.token === undefined ? DEMO_TOKEN : options.token;
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    ...(token === null ? {} : { Authorization: `Bearer ${token}` }),
    ...options.headers,
  };
  const response = await fetch(`${DEMO_BASE_URL}/${path}`, { method: 'POST', headers, body: JSON.stringify(body) });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as Envelope & { data: T },
  };
}
