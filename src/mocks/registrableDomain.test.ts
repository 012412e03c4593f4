import { describe, expect, it } from 'vitest';
import { getDomain } from './registrableDomain';

describe('the registrable domain the demo’s cookie jar asks for', () => {
  it('is the last two labels of a name', () => {
    expect(getDomain('demo.segment-studio.invalid')).toBe('segment-studio.invalid');
    expect(getDomain('api.shop.example.com')).toBe('example.com');
    expect(getDomain('Example.COM.')).toBe('example.com');
  });

  it('is none for an IP address, a single label or a malformed name', () => {
    expect(getDomain('127.0.0.1')).toBeNull();
    expect(getDomain('::1')).toBeNull();
    expect(getDomain('[::1]')).toBeNull();
    expect(getDomain('localhost')).toBeNull();
    expect(getDomain('')).toBeNull();
    expect(getDomain('a..b')).toBeNull();
  });
});
