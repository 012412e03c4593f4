import { z } from 'zod';
import type { Connection } from '@/api/connection';
import { DEMO_CONNECTION } from '@/api/activeConnection';

export const connectionFormSchema = z
  .object({
    vendor: z.enum(['demo', 'altcraft']),
    baseUrl: z.string().trim(),
    token: z.string().trim(),
    remember: z.boolean(),
  })
  .superRefine((value, ctx) => {
    if (value.vendor === 'demo') return;
    if (!value.baseUrl) ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'baseUrl.required' });
    else if (!isApiAddress(value.baseUrl))
      ctx.addIssue({ code: 'custom', path: ['baseUrl'], message: 'baseUrl.invalid' });
    if (!value.token) ctx.addIssue({ code: 'custom', path: ['token'], message: 'token.required' });
  });

export type ConnectionForm = z.infer<typeof connectionFormSchema>;

/** A full http(s) URL, or a same-origin path through the dev/preview proxy. */
export function isApiAddress(value: string): boolean {
  if (value.startsWith('/proxy/')) return true;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

export function formFromConnection(connection: Connection, remember: boolean): ConnectionForm {
  if (connection.vendor === 'demo') return { vendor: 'demo', baseUrl: '', token: '', remember };
  return { vendor: connection.vendor, baseUrl: connection.baseUrl, token: connection.token, remember };
}

export function connectionFromForm(form: ConnectionForm): Connection {
  if (form.vendor === 'demo') return DEMO_CONNECTION;
  const baseUrl = form.baseUrl.replace(/\/+$/, '');
  // The id keys every cached query, so a different server or token never shows stale data.
  return {
    id: `altcraft:${baseUrl}:${tokenFingerprint(form.token)}`,
    vendor: 'altcraft',
    name: new URL(baseUrl, 'http://local').host,
    baseUrl,
    token: form.token,
  };
}

function tokenFingerprint(token: string): string {
  let hash = 0;
  for (let i = 0; i < token.length; i += 1) hash = (hash * 31 + token.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}
