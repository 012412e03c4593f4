import {
  compareVersions,
  equalityKey,
  isEmptyValue,
  isMissing,
  memoizeString,
  toBoolean,
  toDay,
  toNumber,
  toOptionKey,
  toText,
  toVersion,
  withOrder,
} from './values';

describe('value normalisers', () => {
  it('reads numbers, not blanks', () => {
    expect(toNumber(5)).toBe(5);
    expect(toNumber(' 42 ')).toBe(42);
    expect(toNumber('')).toBeUndefined();
    expect(toNumber('abc')).toBeUndefined();
    expect(toNumber(Number.POSITIVE_INFINITY)).toBeUndefined();
    expect(toNumber(true)).toBeUndefined();
  });

  it('reads calendar days from strings, timestamps and Dates', () => {
    expect(toDay('1970-01-02')).toBe(1);
    expect(toDay('2024-06-15T23:59:59Z')).toBe(toDay('2024-06-15'));
    expect(toDay(86_400_000 * 3 + 5)).toBe(3);
    expect(toDay(new Date('1970-01-05T10:00:00Z'))).toBe(4);
    expect(toDay(new Date('nope'))).toBeUndefined();
    expect(toDay(Number.NaN)).toBeUndefined();
    expect(toDay('15.06.2024')).toBeUndefined();
    expect(toDay(null)).toBeUndefined();
  });

  it('reads and compares dotted versions', () => {
    expect(toVersion('1.10.3')).toEqual([1, 10, 3]);
    expect(toVersion(' 2.x ')).toEqual([2, 0]);
    expect(toVersion(1.5)).toEqual([1, 5]);
    expect(toVersion(Number.NaN)).toBeUndefined();
    expect(toVersion('  ')).toBeUndefined();
    expect(toVersion({})).toBeUndefined();
    expect(compareVersions([1, 2], [1, 2, 0])).toBe(0);
    expect(compareVersions([1, 10], [1, 9])).toBeGreaterThan(0);
    expect(compareVersions([1], [1, 0, 1])).toBeLessThan(0);
  });

  it('reads text, option keys and booleans loosely', () => {
    expect(toText('MoScow')).toBe('moscow');
    expect(toText(12)).toBe('12');
    expect(toText(true)).toBe('true');
    expect(toText(null)).toBeUndefined();
    expect(toOptionKey(3)).toBe('3');
    expect(toOptionKey([3])).toBeUndefined();
    expect([true, 1, 'true', '1'].map(toBoolean)).toEqual([true, true, true, true]);
    expect([false, 0, 'false', '0'].map(toBoolean)).toEqual([false, false, false, false]);
    expect(toBoolean('yes')).toBeUndefined();
  });

  it('tells missing from empty', () => {
    expect(isMissing(null)).toBe(true);
    expect(isMissing('')).toBe(false);
    expect(['', [], null, undefined].every(isEmptyValue)).toBe(true);
    expect(isEmptyValue(0)).toBe(false);
    expect(isEmptyValue(' ')).toBe(false);
  });

  it('builds equality keys that follow each type', () => {
    expect(equalityKey('string')('Moscow')).toBe(equalityKey('string')('moscow'));
    expect(equalityKey('number')('5')).toBe(equalityKey('number')(5));
    expect(equalityKey('number')('five')).toBeUndefined();
    expect(equalityKey('version')('1.2')).toBe(equalityKey('version')('1.2.0'));
    expect(equalityKey('version')('0')).toBe('');
    expect(equalityKey('date')('2024-01-01T10:00:00Z')).toBe(equalityKey('date')('2024-01-01'));
    expect(equalityKey('enum')(1)).toBe(equalityKey('enum')('1'));
    expect(equalityKey('boolean')('true')).toBe(equalityKey('boolean')(true));
  });

  it('orders numbers, dates and versions', () => {
    const sign = (type: 'number' | 'date' | 'version', a: unknown, b: unknown) =>
      withOrder(type, (order) => Math.sign(order.compare(order.key(a)!, order.key(b)!)));
    expect(sign('number', '10', 9)).toBe(1);
    expect(sign('date', '2024-01-01', '2023-12-31')).toBe(1);
    expect(sign('version', '1.9', '1.10')).toBe(-1);
  });

  it('memoizes a string parser, undefined results included, and starts afresh when full', () => {
    const parse = vi.fn<(text: string) => number | undefined>((text) => (text === 'none' ? undefined : text.length));
    const cached = memoizeString(parse, 2);
    expect([cached('a'), cached('a'), cached('none'), cached('none')]).toEqual([1, 1, undefined, undefined]);
    expect(parse).toHaveBeenCalledTimes(2);
    cached('bb');
    cached('a');
    expect(parse).toHaveBeenCalledTimes(4);
  });
});
