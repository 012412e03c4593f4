import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fingerprint } from './fingerprint';

describe('fingerprint', () => {
  it('is equal for equal data and differs when anything differs', () => {
    expect(fingerprint({ a: [1, 2] })).toBe(fingerprint({ a: [1, 2] }));
    expect(fingerprint({ a: [1, 2] })).not.toBe(fingerprint({ a: [2, 1] }));
    expect(fingerprint([{ v: 'Moscow' }])).not.toBe(fingerprint([{ v: 'moscow' }]));
  });

  it('tells apart distinct random documents', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.jsonValue(), { minLength: 2, maxLength: 30, selector: (v) => JSON.stringify(v) }),
        (values) => {
          const prints = new Set(values.map((value) => fingerprint({ value })));
          expect(prints.size).toBe(values.length);
        },
      ),
    );
  });

  it('is remembered per object, so an unchanged draft is not serialised again', () => {
    const draft = { blocks: [{ id: 'x' }] };
    const first = fingerprint(draft);
    draft.blocks.push({ id: 'y' }); // never done to real drafts: shows the memory
    expect(fingerprint(draft)).toBe(first);
  });
});
