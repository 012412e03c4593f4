/**
 * A small seeded PRNG (mulberry32). The demo data must be identical on every
 * machine and every reload, so nothing in the seed may touch Math.random.
 */
export interface Random {
  /** A float in [0, 1). */
  next(): number;
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number;
  /** True with the given probability. */
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
}

export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function createRandom(seed: number): Random {
  const next = mulberry32(seed);
  return {
    next,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error('pick() needs at least one item');
      return items[Math.floor(next() * items.length)]!;
    },
  };
}

/**
 * A picker by relative weight. The cumulative table is built once, because the generator
 * draws from the same few distributions hundreds of thousands of times.
 */
export function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (rng: Random) => T {
  if (items.length === 0 || items.length !== weights.length)
    throw new Error('weightedPicker needs one weight per item');
  const cumulative: number[] = [];
  let total = 0;
  for (const weight of weights) cumulative.push((total += weight));
  return (rng) => {
    const roll = rng.next() * total;
    for (let i = 0; i < cumulative.length; i++) if (roll < cumulative[i]!) return items[i]!;
    return items[items.length - 1]!;
  };
}
