/**
 * A connection: one backend the user configured (or a built-in demo). What is not secret lives
 * here and persists; secrets live apart (secrets.ts), in sessionStorage unless remembered.
 */
import { z } from 'zod';
import { VENDOR_IDS } from '../vendors/registry';

export const DA_AUTH_MODES = ['login', 'session'] as const;
export type DaAuthMode = (typeof DA_AUTH_MODES)[number];

export const connectionSchema = z.object({
  id: z.string().min(1),
  vendor: z.enum(VENDOR_IDS),
  name: z.string().min(1),
  baseUrl: z.string(),
  /** Digital Audience: whose segments the list shows. */
  audienceId: z.string().optional(),
  /** Digital Audience: sign in with a user name and password, or send a pasted session cookie. */
  daAuth: z.enum(DA_AUTH_MODES).optional(),
  /** Built-in demo connections on the embedded backend: always there, never removed. */
  builtIn: z.boolean().optional(),
  /** Whether its secrets are kept on this device (localStorage) rather than for this tab only. */
  remember: z.boolean(),
});

export type Connection = z.infer<typeof connectionSchema>;

export const connectionSecretsSchema = z.object({
  token: z.string().optional(),
  userName: z.string().optional(),
  password: z.string().optional(),
  session: z.string().optional(),
});

export type ConnectionSecrets = z.infer<typeof connectionSecretsSchema>;
