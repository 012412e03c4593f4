import { DEMO_CATALOG } from '../fixtures/catalog';
import { completionsNear } from './completion';

const labels = (text: string, offset = text.length) => {
  const found = completionsNear(text, offset, DEMO_CATALOG);
  return { from: found.from, labels: found.options.map((option) => option.label) };
};

describe('completionsNear', () => {
  it('is the parser’s answer where the text reads up to the cursor', () => {
    expect(labels('_c')).toMatchObject({ from: 0, labels: expect.arrayContaining(['_city', '_country']) });
    expect(labels('_city ').labels).toContain('contains');
    expect(labels('_sex = ').labels).toEqual(['1', '2']);
  });

  it('steps over a typo earlier in the text', () => {
    const text = 'orders_count >> 3\nand _c';
    expect(labels(text)).toEqual({ from: text.length - 2, labels: expect.arrayContaining(['_city', '_country']) });
    expect(labels('(orders_count >> 3) or (_city ').labels).toContain('contains');
  });

  it('suggests nothing where the parser expects no listed value', () => {
    // "and" belongs to "between" here: no fields after it.
    expect(labels('age between 18 and ').labels).toEqual([]);
    expect(labels('age between 18 and 20 and x >> 1').labels).toEqual([]);
  });
});
