import { describe, expect, it } from 'vitest';
import { DEMO_CONNECTION } from '@/api/activeConnection';
import { connectionFormSchema, connectionFromForm, formFromConnection, isApiAddress } from './connectionForm';

const altcraftForm = {
  vendor: 'altcraft' as const,
  baseUrl: 'https://crm.example.com/api/v1.1/',
  token: 'secret',
  remember: false,
};

function issuesOf(input: unknown): Record<string, string> {
  const result = connectionFormSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

describe('connection form', () => {
  it('needs nothing more for the demo backend', () => {
    expect(issuesOf({ vendor: 'demo', baseUrl: '', token: '', remember: false })).toEqual({});
  });

  it('asks an Altcraft connection for a base URL and a token', () => {
    expect(issuesOf({ ...altcraftForm, baseUrl: ' ', token: '' })).toEqual({
      baseUrl: 'baseUrl.required',
      token: 'token.required',
    });
    expect(issuesOf({ ...altcraftForm, baseUrl: 'crm.example.com' })).toEqual({ baseUrl: 'baseUrl.invalid' });
  });

  it('accepts http(s) URLs and proxy paths only', () => {
    expect(isApiAddress('https://crm.example.com/api/v1.1')).toBe(true);
    expect(isApiAddress('http://localhost:8787/api/v1.1')).toBe(true);
    expect(isApiAddress('/proxy/api/v1.1')).toBe(true);
    expect(isApiAddress('ftp://crm.example.com')).toBe(false);
    expect(isApiAddress('javascript:alert(1)')).toBe(false);
  });

  it('builds a connection without the trailing slash, keyed by server and token', () => {
    const connection = connectionFromForm(altcraftForm);
    expect(connection).toMatchObject({
      vendor: 'altcraft',
      name: 'crm.example.com',
      baseUrl: 'https://crm.example.com/api/v1.1',
      token: 'secret',
    });
    expect(connection.id).not.toContain('secret');
    expect(connectionFromForm({ ...altcraftForm, token: 'other' }).id).not.toBe(connection.id);
  });

  it('round-trips a connection through the form', () => {
    const connection = connectionFromForm(altcraftForm);
    expect(connectionFromForm(formFromConnection(connection, true))).toEqual(connection);
    expect(formFromConnection(DEMO_CONNECTION, false)).toEqual({
      vendor: 'demo',
      baseUrl: '',
      token: '',
      remember: false,
    });
    expect(connectionFromForm(formFromConnection(DEMO_CONNECTION, false))).toBe(DEMO_CONNECTION);
  });
});
