/**
 * A connection: one backend the user configured (or a built-in demo). What is not secret lives
 * here and persists; secrets live apart (secrets.ts), in sessionStorage unless remembered.
 */
import { z } from 'zod/mini';
import { VENDOR_IDS } from '../vendors/registry';

export const DA_AUTH_MODES = ['login', 'session'] as const;
export type DaAuthMode = (typeof DA_AUTH_MODES)[number];

export const connectionSchema = z.object({
  id: z.string().check(z.minLength(1)),
  vendor: z.enum(VENDOR_IDS),
  name: z.string().check(z.minLength(1)),
  baseUrl: z.string(),
  /** Digital Audience: whose segments the list shows. */
  audienceId: z.optional(z.string()),
  /** Digital Audience: sign in with a user name and password, or send a pasted session cookie. */
  daAuth: z.optional(z.enum(DA_AUTH_MODES)),
  /** Built-in demo connections on the embedded backend: always there, never removed. */
  builtIn: z.optional(z.boolean()),
  /** Whether its secrets are kept on this device (localStorage) rather than for this tab only. */
  remember: z.boolean(),
});

export type Connection = z.infer<typeof connectionSchema>;

export const connectionSecretsSchema = z.object({
  token: z.optional(z.string()),
  userName: z.optional(z.string()),
  password: z.optional(z.string()),
  session: z.optional(z.string()),
});

export type ConnectionSecrets = z.infer<typeof connectionSecretsSchema>;
