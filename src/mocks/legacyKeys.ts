/**
 * Where the first release kept the demo data: localStorage, each vendor's whole state as one JSON.
 * A page that still has them hands them to the backend once (browser.ts), which stores them as
 * records and so carries a returning visitor's changes over; benchmarks seed large accounts
 * through them. Kept apart so the page's bundle does not pull in the backend for three strings.
 */
export const LEGACY_KEYS = {
  altcraft: 'segment-studio:demo:v1',
  push0: 'segment-studio:demo-push0:v1',
  da: 'segment-studio:demo-da:v1',
} as const;
