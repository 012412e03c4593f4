/** Value suggestions through the app's provider and the embedded backend. */
import { builtInConnections, createProvider } from '@/api/connections';
import { isApiError } from '@/api/errors';
import type { Profile } from '@/domain/model';
import { resetStore } from '../backend';
import { knownValues } from './fieldValues';

const provider = createProvider(builtInConnections(true)[0]!);

beforeEach(() => resetStore());

describe('databases/field_values/ (embedded backend)', () => {
  it('lists every city of a database, most frequent first, so a typo can be told apart', async () => {
    expect(provider.capabilities.fieldValues).toBe(true);
    const answer = await provider.fieldValues!(1, '_city', '');
    expect(answer.complete).toBe(true);
    const cities = answer.values.map((entry) => entry.value);
    expect(cities).toContain('Saint Petersburg');
    expect(cities).not.toContain('St. Petersburg');
    const counts = answer.values.map((entry) => entry.count);
    expect(counts).toEqual([...counts].sort((a, b) => b - a));
  });

  it('filters by a prefix, ignoring case, and says when a field has too many values to list', async () => {
    const saint = await provider.fieldValues!(1, '_city', 'saint');
    expect(saint.values.map((entry) => entry.value)).toEqual(['Saint Petersburg']);
    const emails = await provider.fieldValues!(1, 'email', '');
    expect(emails.complete).toBe(false);
    expect(emails.values.length).toBeGreaterThan(0);
  });

  it('answers 404 for a database that does not exist', async () => {
    await expect(provider.fieldValues!(999, '_city', '')).rejects.toSatisfy(
      (error: unknown) => isApiError(error) && error.code === 404,
    );
  });

  it('counts only text values and caps the list', () => {
    const profiles: Profile[] = [
      { id: '1', city: 'Omsk' },
      { id: '2', city: 'Omsk' },
      { id: '3', city: 'Kazan' },
      { id: '4', city: 7 },
      { id: '5' },
    ];
    expect(knownValues(profiles, 'city')).toEqual({
      values: [
        { value: 'Omsk', count: 2 },
        { value: 'Kazan', count: 1 },
      ],
      complete: true,
    });
    expect(knownValues(profiles, 'city', '', 1)).toEqual({ values: [{ value: 'Omsk', count: 2 }], complete: false });
  });
});
