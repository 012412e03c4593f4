/** Types for layers.mjs, which stays plain JavaScript so `npm run lint` needs no compile step. */
export function layerOf(relPath: string): { name: string; unit: string } | null;
export function allowedImports(from: string, to: string, options?: { isTest?: boolean }): boolean;
