/** Each later issue adds its benchmark here. */
export interface BenchCase {
  key: string;
  title: string;
  run: () => Promise<unknown>;
}

export const optionalCases: BenchCase[] = [];
