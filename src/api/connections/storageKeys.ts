/** Where connections are kept; apart from store.ts so the page shell can look without zod. */
export const CONNECTIONS_STORAGE_KEY = 'segment-studio:connections:v2';
/** The first release kept one connection, secret included, under this key (migrated on load). */
export const LEGACY_CONNECTION_STORAGE_KEY = 'segment-studio:connection:v1';
/** This tab's connection (sessionStorage), and the one new tabs start with (localStorage). */
export const ACTIVE_CONNECTION_STORAGE_KEY = 'segment-studio:active-connection:v2';
