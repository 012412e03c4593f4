import { DOMAIN_GROUP_NAMES } from '../emailDomains';
import { completionsAt } from './completions';
import { catalog } from './fixtures/catalog';

const at = (text: string, offset = text.length, fields = catalog) => completionsAt(text, offset, fields);
const labels = (text: string, offset = text.length) => at(text, offset).options.map((option) => option.label);

describe('completionsAt', () => {
  it('offers fields by name, with their labels, and "not" where a condition starts', () => {
    const { from, options } = at('');
    expect(from).toBe(0);
    expect(options[0]).toEqual({ label: 'city', kind: 'field', detail: 'City' });
    expect(options).toContainEqual({ label: 'last_order', kind: 'field', detail: 'Last order date' });
    expect(options.at(-1)).toEqual({ label: 'not', kind: 'keyword' });
    expect(at('city = "x" and ', 15).from).toBe(15);
    expect(at('city = "x" and ci')).toMatchObject({
      from: 15,
      options: expect.arrayContaining([expect.objectContaining({ label: 'city' })]),
    });
    expect(at('(').options).toHaveLength(catalog.length + 1);
    const spaced = at('', 0, [{ name: 'Last order', label: 'L', type: 'date', category: 'custom' }]);
    expect(spaced.options[0]).toMatchObject({ label: '`Last order`' });
  });

  it('replaces a field being typed in backticks or quotes', () => {
    expect(at('`Last or').from).toBe(0);
    expect(at('city = "x" or "Ti').from).toBe(14);
  });

  it('offers the operators of the field type after a field', () => {
    expect(at('tier ')).toEqual({
      from: 5,
      options: [
        { label: '=', kind: 'operator', detail: 'is' },
        { label: '!=', kind: 'operator', detail: 'is not' },
        { label: 'in', kind: 'operator', detail: 'is any of' },
        { label: 'not in', kind: 'operator', detail: 'is none of' },
      ],
    });
    expect(labels('last_order ')).toContain('in last');
    expect(at('tier i').from).toBe(5);
    expect(at('subscribed is ')).toEqual({
      from: 11,
      options: [
        { label: 'is true', kind: 'operator', detail: 'is true' },
        { label: 'is false', kind: 'operator', detail: 'is false' },
      ],
    });
    expect(at('age >').from).toBe(4);
  });

  it('offers every spelling once after an unknown field, and only storable operators with capabilities', () => {
    const unknown = labels('zzz ');
    expect(unknown.filter((label) => label === '=')).toHaveLength(1);
    expect(new Set(unknown).size).toBe(unknown.length);
    expect(unknown.slice(0, 3)).toEqual(['=', '!=', 'contains']);
    expect(unknown).toContain('has');
    expect(completionsAt('city ', 5, catalog, { operators: { string: ['equals', 'in_list'] } }).options).toEqual([
      { label: '=', kind: 'operator', detail: 'is' },
      { label: 'in', kind: 'operator', detail: 'is any of' },
    ]);
    expect(completionsAt('age ', 4, catalog, { operators: { string: ['equals'] } }).options.length).toBeGreaterThan(2);
  });

  it("offers an enum's options after its operator, and the domain groups after domain group", () => {
    expect(at('tier = ').options).toEqual([
      { label: '"gold"', kind: 'value', detail: 'Gold' },
      { label: '"platinum"', kind: 'value', detail: 'Platinum' },
      { label: '7', kind: 'value', detail: 'Seven' },
    ]);
    expect(at('tier = "go')).toMatchObject({ from: 7, options: [{ label: '"gold"' }, {}, {}] });
    expect(labels('tier in ')).toEqual(['["gold"]', '["platinum"]', '[7]']);
    expect(labels('tier in ["gold", ')).toEqual(['"gold"', '"platinum"', '7']);
    expect(labels('email domain group ')).toEqual(DOMAIN_GROUP_NAMES.map((name) => `"${name}"`));
    expect(labels('age = ')).toEqual([]);
    const bare = completionsAt('x = ', 4, [{ name: 'x', label: 'X', type: 'enum', category: 'custom' }]);
    expect(bare.options).toEqual([]);
    expect(labels('zzz = ')).toEqual([]);
    expect(labels('tier in ["gold" ')).toEqual([]);
  });

  it('offers the words an operator still needs', () => {
    expect(at('age between 1 ').options).toEqual([{ label: 'and', kind: 'keyword' }]);
    expect(labels('last_order in last 5 ')).toEqual(['days']);
    expect(labels('last_order more than 5 days ')).toEqual(['ago']);
    expect(labels('any ')).toEqual(['(']);
  });

  it('offers and/or after a complete condition', () => {
    expect(labels('city = "x" ')).toEqual(['and', 'or']);
    expect(labels('(phone exists ')).toEqual(['and', 'or']);
    expect(at('phone exists an')).toMatchObject({ from: 13, options: [{ label: 'and' }, { label: 'or' }] });
  });

  it('looks only at the text before the cursor, clamps the offset, and offers nothing past a syntax error', () => {
    expect(at('city = "x" and age > 5', 15).from).toBe(15);
    expect(labels(') city ')).toEqual([]);
    expect(at('city', 99).from).toBe(0);
    expect(at('city', -4)).toMatchObject({
      from: 0,
      options: expect.arrayContaining([{ label: 'not', kind: 'keyword' }]),
    });
    expect(at('city', Number.NaN).from).toBe(0);
    expect(at('city = "x" ', 10.7).from).toBe(7);
  });
});
