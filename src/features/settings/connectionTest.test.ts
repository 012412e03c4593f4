import { describe, expect, it } from 'vitest';
import { ApiError } from '@/api/errors';
import { classifyTestError, redactSecrets, refusedBeforeSending } from './connectionTest';

const context = { secret: 'token' as const, timeoutMs: 15_000 };

describe('refusedBeforeSending', () => {
  it('catches what the browser would refuse without a word', () => {
    expect(refusedBeforeSending('http://crm.example.com/api/v1.1', 'https:')).toEqual({
      ok: false,
      cause: 'refused',
      reason: 'mixedContent',
    });
    expect(refusedBeforeSending('ftp://crm.example.com', 'https:')).toMatchObject({ reason: 'scheme' });
  });

  it('lets through what the browser sends', () => {
    expect(refusedBeforeSending('https://crm.example.com/api/v1.1', 'https:')).toBeNull();
    expect(refusedBeforeSending('http://crm.example.com/api/v1.1', 'http:')).toBeNull();
    expect(refusedBeforeSending('http://localhost:8787/api/v1.1', 'https:')).toBeNull();
    expect(refusedBeforeSending('/proxy/da', 'https:')).toBeNull();
  });
});

describe('classifyTestError', () => {
  it('names the real cause', () => {
    expect(classifyTestError(new ApiError({ code: 'network' }), context)).toEqual({ ok: false, cause: 'unreachable' });
    expect(classifyTestError(new TypeError('Failed to fetch'), context)).toEqual({ ok: false, cause: 'unreachable' });
    expect(classifyTestError(new ApiError({ code: 'refused_address' }), context)).toMatchObject({
      cause: 'refused',
      reason: 'other',
    });
    expect(classifyTestError(new ApiError({ code: 'timeout' }), { ...context, timeoutMs: 8_000 })).toEqual({
      ok: false,
      cause: 'timeout',
      seconds: 8,
    });
  });

  it('reads a 404, an unknown method or a non-API answer on the cheap read as a wrong path', () => {
    for (const code of ['wrong_path', 404, 501, 'bad_response'] as const) {
      expect(classifyTestError(new ApiError({ code, status: 200 }), context)).toMatchObject({ cause: 'wrongPath' });
    }
  });

  it('reads 401, 403 and an expired session as a refused secret, of the kind the form asked for', () => {
    expect(classifyTestError(new ApiError({ code: 401, status: 401 }), context)).toEqual({
      ok: false,
      cause: 'wrongSecret',
      secret: 'token',
    });
    expect(classifyTestError(new ApiError({ code: 403 }), context)).toMatchObject({ cause: 'wrongSecret' });
    expect(classifyTestError(new ApiError({ code: 'session_expired' }), { ...context, secret: 'session' })).toEqual({
      ok: false,
      cause: 'wrongSecret',
      secret: 'session',
    });
  });

  it("keeps the vendor's own words for the details line", () => {
    const error = new ApiError({ code: 401, status: 401, serverText: 'Token expired on 2024-01-01' });
    expect(classifyTestError(error, context)).toEqual({
      ok: false,
      cause: 'wrongSecret',
      secret: 'token',
      serverText: 'Token expired on 2024-01-01',
    });
  });

  it('passes anything else on in the API layer words', () => {
    const error = new ApiError({ code: 429, retryAfterSeconds: 5 });
    expect(classifyTestError(error, context)).toEqual({ ok: false, cause: 'other', error });
  });
});

describe('redactSecrets', () => {
  it('masks every secret a text echoes', () => {
    expect(redactSecrets('bad token abc123, abc123 again', ['abc123', undefined])).toBe(
      'bad token ••••••, •••••• again',
    );
    expect(redactSecrets('a b', ['a'])).toBe('a b');
  });
});
