let counter = 0;

interface UuidSource {
  randomUUID?: () => string;
}

/**
 * A unique node id. Uses `crypto.randomUUID` where the runtime has it (browsers, Node 19+);
 * otherwise a process-wide counter keeps ids unique and a random suffix keeps them unguessable
 * across reloads.
 */
export function createId(): string {
  const source = (globalThis as { crypto?: UuidSource }).crypto;
  if (typeof source?.randomUUID === 'function') return source.randomUUID();
  counter += 1;
  return `n${counter.toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}
