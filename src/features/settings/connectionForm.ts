/**
 * The connection form as data: its values, the zod schema that checks them (fields follow the
 * vendor's registry entry), and the conversions to what the connection store takes. Pure: the page
 * hands in what it knows of the browser (the page's protocol), so every rule is unit-tested.
 */
import { z } from 'zod';
import type { Connection, ConnectionInput, ConnectionSecrets, DaAuthMode } from '@/api/connections';
import { DA_AUTH_MODES, hostOf } from '@/api/connections';
import { VENDOR_IDS, VENDORS, type VendorId } from '@/api/vendors/registry';

export interface ConnectionFormValues {
  vendor: VendorId;
  name: string;
  baseUrl: string;
  /** Altcraft and Push0. */
  token: string;
  /** Digital Audience: sign in with a user name and password, or send a pasted session cookie. */
  daAuth: DaAuthMode;
  userName: string;
  password: string;
  session: string;
  audienceId: string;
  remember: boolean;
  /**
   * Editing a connection whose secret is stored and was not replaced: no secret field is shown,
   * none is required, and saving keeps the stored one.
   */
  keepSecret: boolean;
}

/** Which secret the form asks for: the vendor's registry entry, and for Digital Audience the method. */
export type SecretKind = 'token' | 'login' | 'session';

export function secretKindOf(vendor: VendorId, daAuth: DaAuthMode | undefined): SecretKind {
  if (VENDORS[vendor].secret === 'token') return 'token';
  return daAuth === 'session' ? 'session' : 'login';
}

export const NAME_MAX_LENGTH = 80;

/** Why a base URL cannot be used; each is a message key of the feature's catalog (`baseUrl.<problem>`). */
export type BaseUrlProblem =
  'required' | 'invalid' | 'scheme' | 'credentials' | 'query' | 'fragment' | 'mixedContent' | 'proxyPath';

/** The prefix under which the dev/preview server (and nginx in production) proxies backends. */
export const PROXY_PREFIX = '/proxy/';

/** Hosts a browser treats as trustworthy even over plain http, so an https page may still call them. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Whether the browser would refuse to send to `url` from a page loaded over `pageProtocol`:
 * an https page may not call plain http (mixed content), loopback hosts apart.
 */
export function isMixedContent(url: URL, pageProtocol: string): boolean {
  return pageProtocol === 'https:' && url.protocol === 'http:' && !isLoopbackHost(url.hostname);
}

/**
 * Checks a base URL: an http(s) URL, or a same-origin path under /proxy/. Credentials in the URL,
 * a query string and a fragment are refused: the secret has its own field and travels in a header,
 * and the adapters append their own paths and parameters.
 */
export function checkBaseUrl(raw: string, pageProtocol: string): BaseUrlProblem | null {
  const value = raw.trim();
  if (!value) return 'required';
  if (value.startsWith('/')) {
    // "//host" is a URL of another origin without its scheme, not a path.
    if (value.startsWith('//')) return 'invalid';
    if (value.includes('?')) return 'query';
    if (value.includes('#')) return 'fragment';
    // Resolved, so "/proxy/../api" cannot step out of the proxy.
    const path = new URL(value, 'http://app.invalid').pathname;
    return path.startsWith(PROXY_PREFIX) && path.length > PROXY_PREFIX.length ? null : 'proxyPath';
  }
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return 'invalid';
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return 'scheme';
  if (!url.hostname) return 'invalid';
  if (url.username || url.password) return 'credentials';
  if (value.includes('?')) return 'query';
  if (value.includes('#')) return 'fragment';
  if (isMixedContent(url, pageProtocol)) return 'mixedContent';
  return null;
}

/** A host typed without a scheme ("crm.example.com", "localhost:8787/api"): https is assumed. */
const BARE_HOST = /^(?:localhost|[a-z0-9-]+(?:\.[a-z0-9-]+)+)(?::\d+)?(?:\/[^\s]*)?$/i;

/**
 * What the Base URL field becomes on blur and before use: trimmed, a bare host given https://,
 * completed by the vendor (a bare Altcraft host gets /api/v1.1), without trailing slashes. A value
 * with a problem stays as typed, so completing never hides what checkBaseUrl refuses (credentials
 * or a query would otherwise vanish into a rebuilt URL without a word).
 */
export function completeBaseUrl(vendor: VendorId, raw: string, pageProtocol = 'http:'): string {
  const trimmed = raw.trim();
  const candidate = BARE_HOST.test(trimmed) ? `https://${trimmed}` : trimmed;
  if (checkBaseUrl(candidate, pageProtocol) !== null) return trimmed;
  return VENDORS[vendor].completeBaseUrl(candidate).replace(/(?<=[^/])\/+$/, '');
}

/** The schema's issue messages: keys of the feature's message catalog. */
export type FormIssue =
  | `baseUrl.${BaseUrlProblem}`
  | `${SecretField}.required`
  | 'audienceId.required'
  | 'audienceId.invalid'
  | 'name.tooLong';
export type SecretField = 'token' | 'userName' | 'password' | 'session';

const blank = (value: string) => value.trim() === '';

/** The form's schema for a page loaded over `pageProtocol`; issue messages are FormIssue keys. */
export function connectionFormSchema(pageProtocol: string) {
  return z
    .object({
      vendor: z.enum(VENDOR_IDS),
      name: z.string(),
      baseUrl: z.string(),
      token: z.string(),
      daAuth: z.enum(DA_AUTH_MODES),
      userName: z.string(),
      password: z.string(),
      session: z.string(),
      audienceId: z.string(),
      remember: z.boolean(),
      keepSecret: z.boolean(),
    })
    .superRefine((values, ctx) => {
      const issue = (path: keyof ConnectionFormValues, message: FormIssue) =>
        ctx.addIssue({ code: 'custom', path: [path], message });
      if (values.name.trim().length > NAME_MAX_LENGTH) issue('name', 'name.tooLong');
      const problem = checkBaseUrl(completeBaseUrl(values.vendor, values.baseUrl, pageProtocol), pageProtocol);
      if (problem) issue('baseUrl', `baseUrl.${problem}`);
      if (VENDORS[values.vendor].audience) {
        if (blank(values.audienceId)) issue('audienceId', 'audienceId.required');
        // It goes into a request path: an ID, not a path or a query.
        else if (/[\s/?#%\\]/.test(values.audienceId.trim())) issue('audienceId', 'audienceId.invalid');
      }
      if (values.keepSecret) return;
      for (const field of secretFieldsOf(secretKindOf(values.vendor, values.daAuth))) {
        // Passwords and tokens are taken as typed; only an empty one is refused.
        if (field === 'userName' ? blank(values.userName) : values[field] === '') issue(field, `${field}.required`);
      }
    });
}

export function secretFieldsOf(kind: SecretKind): SecretField[] {
  if (kind === 'token') return ['token'];
  if (kind === 'session') return ['session'];
  return ['userName', 'password'];
}

const NO_SECRETS = { token: '', userName: '', password: '', session: '' } as const;

export function emptyForm(vendor: VendorId = 'altcraft'): ConnectionFormValues {
  return {
    vendor,
    name: '',
    baseUrl: '',
    ...NO_SECRETS,
    daAuth: 'login',
    audienceId: '',
    remember: false,
    keepSecret: false,
  };
}

/** The form for editing `connection`: never its secrets, which stay where they are stored. */
export function formFromConnection(connection: Connection, secretStored: boolean): ConnectionFormValues {
  return {
    ...emptyForm(connection.vendor),
    name: connection.name,
    baseUrl: connection.baseUrl,
    daAuth: connection.daAuth ?? 'login',
    audienceId: connection.audienceId ?? '',
    remember: connection.remember,
    keepSecret: secretStored,
  };
}

/** What the store saves; the name defaults to the host. */
export function connectionInputFrom(values: ConnectionFormValues, id?: string): ConnectionInput {
  const baseUrl = completeBaseUrl(values.vendor, values.baseUrl);
  const daOnly = VENDORS[values.vendor].audience;
  return {
    ...(id === undefined ? {} : { id }),
    vendor: values.vendor,
    name: values.name.trim() || hostOf(baseUrl),
    baseUrl,
    ...(daOnly ? { audienceId: values.audienceId.trim(), daAuth: values.daAuth } : {}),
    remember: values.remember,
  };
}

/** The typed secrets; undefined keeps the stored ones (saveConnection's contract). */
export function secretsFrom(values: ConnectionFormValues): ConnectionSecrets | undefined {
  if (values.keepSecret) return undefined;
  const kind = secretKindOf(values.vendor, values.daAuth);
  if (kind === 'token') return { token: values.token };
  if (kind === 'session') return { session: values.session };
  return { userName: values.userName.trim(), password: values.password };
}

/**
 * Identifies "these exact values" for the save-after-failed-test question. Held in memory only,
 * never shown or logged.
 */
export function valuesKey(values: ConnectionFormValues): string {
  const input = connectionInputFrom(values);
  // What decides whether a test passes; the name and "remember" do not.
  return JSON.stringify([
    input.vendor,
    input.baseUrl,
    input.audienceId,
    input.daAuth,
    values.keepSecret ? null : secretsFrom(values),
  ]);
}

/** How a base URL is named in the list and in messages: its host, or the proxy path itself. */
export function targetOf(baseUrl: string): string {
  return baseUrl.startsWith('/') ? baseUrl : hostOf(baseUrl);
}
