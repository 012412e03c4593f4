/** Which bench cases a command line asks for: `npm run bench -- lighthouse list`. */
export const BUNDLE_CASE = 'bundle';

export interface Selection {
  /** Keys of the cases to run, in the order cases.ts lists them. */
  cases: string[];
  /** Whether to build and measure the bundle-size table. */
  bundle: boolean;
}

/** No names: everything. Names: only those; an unknown name is an error that lists the known ones. */
export function selectCases(args: readonly string[], known: readonly string[]): Selection {
  const names = args.filter((arg) => !arg.startsWith('-'));
  if (names.length === 0) return { cases: [...known], bundle: true };
  const unknown = names.filter((name) => name !== BUNDLE_CASE && !known.includes(name));
  if (unknown.length > 0)
    throw new Error(`Unknown bench case: ${unknown.join(', ')}. Known: ${[BUNDLE_CASE, ...known].join(', ')}`);
  return { cases: known.filter((key) => names.includes(key)), bundle: names.includes(BUNDLE_CASE) };
}
