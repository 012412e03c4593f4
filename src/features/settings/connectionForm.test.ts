import { describe, expect, it } from 'vitest';
import { VENDORS } from '@/api/vendors/registry';
import {
  checkBaseUrl,
  completeBaseUrl,
  connectionFormSchema,
  connectionInputFrom,
  emptyForm,
  formFromConnection,
  isLoopbackHost,
  secretsFrom,
  targetOf,
  valuesKey,
  type ConnectionFormValues,
} from './connectionForm';

function issuesOf(values: ConnectionFormValues, pageProtocol = 'http:'): Record<string, string> {
  const result = connectionFormSchema(pageProtocol).safeParse(values);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const altcraft: ConnectionFormValues = {
  ...emptyForm('altcraft'),
  baseUrl: 'https://crm.example.com/api/v1.1',
  token: 'secret-token',
};

const digitalAudience: ConnectionFormValues = {
  ...emptyForm('digitalAudience'),
  baseUrl: '/proxy/da',
  audienceId: '1001',
  userName: 'marketer',
  password: 'pa55',
};

describe('checkBaseUrl', () => {
  it('accepts http(s) URLs and paths under the proxy', () => {
    expect(checkBaseUrl('https://crm.example.com/api/v1.1', 'https:')).toBeNull();
    expect(checkBaseUrl('http://crm.example.com/api/v1.1', 'http:')).toBeNull();
    expect(checkBaseUrl('/proxy/da', 'https:')).toBeNull();
    expect(checkBaseUrl('  /proxy/api/v1.1  ', 'https:')).toBeNull();
  });

  it('names what is wrong with an address', () => {
    expect(checkBaseUrl('', 'http:')).toBe('required');
    expect(checkBaseUrl('not a url', 'http:')).toBe('invalid');
    expect(checkBaseUrl('ftp://crm.example.com', 'http:')).toBe('scheme');
    expect(checkBaseUrl('javascript:alert(1)', 'http:')).toBe('scheme');
    expect(checkBaseUrl('https://user:pass@crm.example.com/api/v1.1', 'http:')).toBe('credentials');
    expect(checkBaseUrl('https://token@crm.example.com', 'http:')).toBe('credentials');
    expect(checkBaseUrl('https://crm.example.com/api/v1.1?token=x', 'http:')).toBe('query');
    expect(checkBaseUrl('https://crm.example.com/api/v1.1?', 'http:')).toBe('query');
    expect(checkBaseUrl('https://crm.example.com/api/v1.1#top', 'http:')).toBe('fragment');
    expect(checkBaseUrl('/proxy/da?x=1', 'http:')).toBe('query');
    expect(checkBaseUrl('/proxy/da#x', 'http:')).toBe('fragment');
  });

  it('keeps paths inside the proxy', () => {
    expect(checkBaseUrl('/api/v1.1', 'http:')).toBe('proxyPath');
    expect(checkBaseUrl('/proxy/', 'http:')).toBe('proxyPath');
    expect(checkBaseUrl('/proxy/../api', 'http:')).toBe('proxyPath');
    // Another origin without its scheme is not a path.
    expect(checkBaseUrl('//evil.example.com/proxy/x', 'http:')).toBe('invalid');
  });

  it('refuses plain http from an https page (mixed content), loopback apart', () => {
    expect(checkBaseUrl('http://crm.example.com/api/v1.1', 'https:')).toBe('mixedContent');
    expect(checkBaseUrl('http://localhost:8787/api/v1.1', 'https:')).toBeNull();
    expect(checkBaseUrl('http://127.0.0.1:8787/api/v1.1', 'https:')).toBeNull();
    expect(isLoopbackHost('api.localhost')).toBe(true);
    expect(isLoopbackHost('[::1]')).toBe(true);
    expect(isLoopbackHost('localhost.example.com')).toBe(false);
  });
});

describe('completeBaseUrl', () => {
  it('completes a bare Altcraft host with the API path, through the registry', () => {
    expect(completeBaseUrl('altcraft', 'https://crm.example.com')).toBe('https://crm.example.com/api/v1.1');
    expect(completeBaseUrl('altcraft', 'https://crm.example.com/')).toBe(
      VENDORS.altcraft.completeBaseUrl('https://crm.example.com/'),
    );
    expect(completeBaseUrl('altcraft', 'crm.example.com')).toBe('https://crm.example.com/api/v1.1');
    expect(completeBaseUrl('altcraft', ' https://crm.example.com/custom/ ')).toBe('https://crm.example.com/custom');
  });

  it('leaves other vendors and proxy paths as typed, without trailing slashes', () => {
    expect(completeBaseUrl('push0', 'https://api.push0.com/v1/')).toBe('https://api.push0.com/v1');
    expect(completeBaseUrl('push0', 'https://api.push0.com')).toBe('https://api.push0.com');
    expect(completeBaseUrl('digitalAudience', '/proxy/da/')).toBe('/proxy/da');
    expect(completeBaseUrl('altcraft', '/proxy/altcraft')).toBe('/proxy/altcraft');
  });

  it('never completes away a problem: credentials and queries stay to be refused', () => {
    expect(completeBaseUrl('altcraft', 'https://user:pass@crm.example.com')).toBe('https://user:pass@crm.example.com');
    expect(completeBaseUrl('altcraft', 'https://crm.example.com?x=1')).toBe('https://crm.example.com?x=1');
    expect(completeBaseUrl('altcraft', 'https://crm.example.com#x')).toBe('https://crm.example.com#x');
  });
});

describe('connection form schema', () => {
  it('accepts a complete Altcraft and Digital Audience form', () => {
    expect(issuesOf(altcraft)).toEqual({});
    expect(issuesOf(digitalAudience)).toEqual({});
    expect(issuesOf({ ...digitalAudience, daAuth: 'session', userName: '', password: '', session: 'cookie' })).toEqual(
      {},
    );
  });

  it('asks each vendor for its own fields', () => {
    expect(issuesOf({ ...emptyForm('altcraft') })).toEqual({
      baseUrl: 'baseUrl.required',
      token: 'token.required',
    });
    expect(issuesOf({ ...emptyForm('push0') })).toEqual({ baseUrl: 'baseUrl.required', token: 'token.required' });
    expect(issuesOf({ ...emptyForm('digitalAudience') })).toEqual({
      baseUrl: 'baseUrl.required',
      audienceId: 'audienceId.required',
      userName: 'userName.required',
      password: 'password.required',
    });
    expect(issuesOf({ ...emptyForm('digitalAudience'), daAuth: 'session', baseUrl: '/proxy/da' })).toEqual({
      audienceId: 'audienceId.required',
      session: 'session.required',
    });
    expect(issuesOf({ ...digitalAudience, audienceId: '10/../1' })).toEqual({ audienceId: 'audienceId.invalid' });
  });

  it('needs no secret while a stored one is kept', () => {
    expect(issuesOf({ ...altcraft, token: '', keepSecret: true })).toEqual({});
  });

  it('refuses the base URL problems with their own messages', () => {
    expect(issuesOf({ ...altcraft, baseUrl: 'https://a:b@crm.example.com' })).toEqual({
      baseUrl: 'baseUrl.credentials',
    });
    expect(issuesOf({ ...altcraft, baseUrl: 'https://crm.example.com/api/v1.1?a=1' })).toEqual({
      baseUrl: 'baseUrl.query',
    });
    expect(issuesOf({ ...altcraft, baseUrl: 'https://crm.example.com/api/v1.1#a' })).toEqual({
      baseUrl: 'baseUrl.fragment',
    });
    expect(issuesOf({ ...altcraft, baseUrl: 'ftp://crm.example.com' })).toEqual({ baseUrl: 'baseUrl.scheme' });
    expect(issuesOf({ ...altcraft, baseUrl: 'http://crm.example.com/api/v1.1' }, 'https:')).toEqual({
      baseUrl: 'baseUrl.mixedContent',
    });
    expect(issuesOf({ ...altcraft, baseUrl: 'http://crm.example.com/api/v1.1' }, 'http:')).toEqual({});
    expect(issuesOf({ ...altcraft, name: 'x'.repeat(81) })).toEqual({ name: 'name.tooLong' });
  });
});

describe('conversions', () => {
  it('names a connection after its host when the name is left empty', () => {
    expect(connectionInputFrom({ ...altcraft, baseUrl: 'https://crm.example.com' })).toEqual({
      vendor: 'altcraft',
      name: 'crm.example.com',
      baseUrl: 'https://crm.example.com/api/v1.1',
      remember: false,
    });
    expect(connectionInputFrom({ ...altcraft, name: '  Production  ' }, 'c-1')).toMatchObject({
      id: 'c-1',
      name: 'Production',
    });
    expect(connectionInputFrom(digitalAudience)).toMatchObject({ audienceId: '1001', daAuth: 'login' });
    expect(targetOf('/proxy/da')).toBe('/proxy/da');
  });

  it('gives the secrets of the chosen kind only, and none while keeping the stored ones', () => {
    expect(secretsFrom({ ...altcraft, session: 'stray' })).toEqual({ token: 'secret-token' });
    expect(secretsFrom(digitalAudience)).toEqual({ userName: 'marketer', password: 'pa55' });
    expect(secretsFrom({ ...digitalAudience, daAuth: 'session', session: 'cookie' })).toEqual({ session: 'cookie' });
    expect(secretsFrom({ ...altcraft, keepSecret: true })).toBeUndefined();
  });

  it('edits a connection without its secret', () => {
    const form = formFromConnection(
      {
        id: 'c-1',
        vendor: 'digitalAudience',
        name: 'DA',
        baseUrl: '/proxy/da',
        audienceId: '7',
        daAuth: 'session',
        remember: true,
      },
      true,
    );
    expect(form).toMatchObject({ vendor: 'digitalAudience', daAuth: 'session', audienceId: '7', keepSecret: true });
    expect([form.token, form.userName, form.password, form.session]).toEqual(['', '', '', '']);
  });

  it('keys the values a test depends on', () => {
    expect(valuesKey({ ...altcraft, name: 'Other', remember: true })).toBe(valuesKey(altcraft));
    expect(valuesKey({ ...altcraft, token: 'other' })).not.toBe(valuesKey(altcraft));
    expect(valuesKey({ ...altcraft, baseUrl: 'https://crm.example.com' })).toBe(valuesKey(altcraft));
  });
});
