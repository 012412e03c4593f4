/**
 * A short, stable fingerprint of JSON-like data, remembered per object. Query keys are hashed on
 * every render; a key that held a 1,000-condition draft would be serialised each time, so the
 * estimate's key holds this instead, computed once per draft (drafts are immutable snapshots).
 */
const remembered = new WeakMap<object, string>();

/** 53 bits of cyrb53 over the text: collisions are out of reach for the drafts of one session. */
function cyrb53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ code, 2_654_435_761);
    h2 = Math.imul(h2 ^ code, 1_597_334_677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2_246_822_507) ^ Math.imul(h2 ^ (h2 >>> 13), 3_266_489_909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2_246_822_507) ^ Math.imul(h1 ^ (h1 >>> 13), 3_266_489_909);
  return (4_294_967_296 * (2_097_151 & h2) + (h1 >>> 0)).toString(36);
}

export function fingerprint(value: object): string {
  let print = remembered.get(value);
  if (print === undefined) {
    const text = JSON.stringify(value);
    print = `${cyrb53(text)}.${text.length.toString(36)}`;
    remembered.set(value, print);
  }
  return print;
}
