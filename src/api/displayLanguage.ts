/**
 * The language the reader reads, for what the API layer words itself: field catalogs it builds
 * (Push0's fixed table) and, where a vendor localises its answers, the language to ask for. The
 * app sets it when the language changes and refetches the catalogs.
 */
let language = 'en';

export function setDisplayLanguage(next: string): void {
  language = next;
}

export function displayLanguage(): string {
  return language;
}
