/**
 * The embedded backend answers the age and "years ago" operators it offers (only it does: see
 * DEMO_ONLY_OPERATORS), counted against an independent age by Date objects.
 */
import { wireEstimateSchema } from '@/api/altcraft/wire';
import { currentBackend, resetStore } from '../backend';
import { resetMockBehavior } from '../behavior';
import { call } from '../testing/call';

const profiles = () => currentBackend().store.profiles(1);

function ageOf(birth: unknown, now: Date): number | undefined {
  if (typeof birth !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(birth)) return undefined;
  const born = new Date(`${birth.slice(0, 10)}T00:00:00Z`);
  const birthday = Date.UTC(now.getUTCFullYear(), born.getUTCMonth(), born.getUTCDate());
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return now.getUTCFullYear() - born.getUTCFullYear() - (birthday > today ? 1 : 0);
}

const estimate = async (queries: unknown[]) => {
  const { body } = await call('segments/estimate/', {
    name: '',
    is_static: false,
    segment: [{ condition: 'and', limit: 0, list_id: 1, percent_from: 0, percent_to: 100, queries }],
  });
  expect(body.error).toBe(0);
  return wireEstimateSchema.parse(body.data).total;
};

beforeEach(() => {
  resetStore();
  resetMockBehavior();
});

describe('segments/estimate/ with ages (demo only)', () => {
  it('counts "Birth date: age between 25 and 40" and "at least / less than N years ago" by the calendar', async () => {
    const now = new Date();
    const ages = profiles().map((profile) => ageOf(profile._bdate, now));
    const between = await estimate([
      {
        compo: 'default',
        name: '_bdate',
        operator: 'age_between',
        type: 'date',
        value: [
          { name: 'from', value: 25 },
          { name: 'to', value: 40 },
        ],
      },
    ]);
    const expected = ages.filter((age) => age !== undefined && age >= 25 && age <= 40).length;
    expect(between).toBe(expected);
    expect(between).toBeGreaterThan(0);

    const years = (operator: string) =>
      estimate([{ compo: 'default', name: '_bdate', operator, type: 'date', value: [{ name: 'default', value: 30 }] }]);
    const [atLeast, lessThan] = [await years('at_least_years_ago'), await years('less_than_years_ago')];
    expect(atLeast).toBe(ages.filter((age) => age !== undefined && age >= 30).length);
    expect(lessThan).toBe(ages.filter((age) => age !== undefined && age >= 0 && age < 30).length);
  });
});
