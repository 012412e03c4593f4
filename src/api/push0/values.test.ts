import * as fc from 'fast-check';
import { decodeScalar, encodeScalar, epochToLocal, localToEpoch } from './values';

/** Local wall times are built with the Date constructor, so these tests hold in any time zone. */
const local = (...parts: [number, number, number, number?, number?, number?, number?]) =>
  new Date(parts[0], parts[1] - 1, parts[2], parts[3] ?? 0, parts[4] ?? 0, parts[5] ?? 0, parts[6] ?? 0).getTime();

describe('epochToLocal / localToEpoch', () => {
  it.each([
    ['2026-03-01T14:30', local(2026, 3, 1, 14, 30)],
    ['2026-03-01T14:30:15', local(2026, 3, 1, 14, 30, 15)],
    ['2026-03-01T14:30:00.250', local(2026, 3, 1, 14, 30, 0, 250)],
    ['1969-12-31T23:59:59.999', local(1969, 12, 31, 23, 59, 59, 999)],
  ])('writes %s for its instant and reads it back', (text, ms) => {
    expect(epochToLocal(ms)).toBe(text);
    expect(localToEpoch(text)).toBe(ms);
  });

  it('reads a bare date as local midnight, and years below 100 as themselves', () => {
    expect(localToEpoch('2026-03-01')).toBe(local(2026, 3, 1));
    const year42 = localToEpoch('0042-06-15T12:00')!;
    expect(new Date(year42).getFullYear()).toBe(42);
    expect(epochToLocal(year42)).toBe('0042-06-15T12:00');
  });

  it.each([
    '2026-02-29',
    '2026-13-01',
    '2026-03-01T24:00',
    '2026-03-01T10:60',
    '2026-03-01T10:00:61',
    '2026-3-1',
    '',
    'soon',
    '2026-03-01T14:30Z',
  ])('refuses %j', (text) => {
    expect(localToEpoch(text)).toBeNull();
  });

  it('refuses instants outside years 0–9999 and non-integers', () => {
    expect(epochToLocal(local(9999, 12, 31) + 86_400_000 * 2)).toBeNull();
    expect(epochToLocal(1.5)).toBeNull();
    expect(epochToLocal(Number.MAX_SAFE_INTEGER)).toBeNull();
  });

  it('comes back to the same wall time for any instant (the same instant outside a repeated hour)', () => {
    const range = { min: local(1900, 1, 1), max: local(2200, 1, 1) };
    fc.assert(
      fc.property(fc.integer(range), (ms) => {
        const text = epochToLocal(ms)!;
        const back = localToEpoch(text)!;
        expect(epochToLocal(back)).toBe(text);
        expect(Math.abs(back - ms)).toBeLessThanOrEqual(3_600_000 * 2);
      }),
      { numRuns: 500 },
    );
  });
});

describe('encodeScalar / decodeScalar', () => {
  it.each([
    ['number', 5, 5],
    ['string', 'Pixel', 'Pixel'],
    ['email', 'a@b.c', 'a@b.c'],
    ['enum', 'phone', 'phone'],
    ['list', 'beta', 'beta'],
    ['date', '2026-03-01T14:30', local(2026, 3, 1, 14, 30)],
  ] as const)('%s: %j ⇄ %j', (type, scalar, wire) => {
    expect(encodeScalar(type, scalar)).toBe(wire);
    expect(decodeScalar(type, wire)).toBe(scalar);
  });

  it.each([
    ['number', 2.5],
    ['number', '5'],
    ['string', 5],
    ['enum', true],
    ['date', 5],
    ['date', 'yesterday'],
  ] as const)('%s cannot hold %j', (type, scalar) => {
    expect(encodeScalar(type, scalar)).toBeNull();
  });

  it.each([
    ['number', '5'],
    ['number', 1e300],
    ['string', 5],
    ['date', '1767225600000'],
    ['date', 1.5],
    ['list', ['a']],
  ] as const)('%s does not read %j', (type, wire) => {
    expect(decodeScalar(type, wire)).toBeNull();
  });
});
