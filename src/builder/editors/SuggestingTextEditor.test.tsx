import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { screen, waitFor, within } from '@testing-library/react';
import type { Group } from '@/domain/model';
import { ValueSuggestionsContext, type KnownValues, type ValueSuggestionSource } from '../context';
import { condition, group, one } from '../fixtures/trees';
import { renderBuilder } from '../testing/renderBuilder';

const CITIES: KnownValues = {
  values: [
    { value: 'Moscow', count: 900 },
    { value: 'Saint Petersburg', count: 500 },
    { value: 'Samara', count: 120 },
  ],
  complete: true,
};

function sourceOf(known: KnownValues) {
  const asked: string[] = [];
  const source: ValueSuggestionSource = {
    query: (field) => ({
      queryKey: ['values', field],
      // As the host does: a field's values are asked once, then kept.
      staleTime: Infinity,
      queryFn: async () => {
        asked.push(field);
        return known;
      },
    }),
  };
  return { source, asked };
}

/** The builder with a value-suggestion source in context, as the editor page provides it. */
function renderWith(initial: Group, source: ValueSuggestionSource | null) {
  const client = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  return renderBuilder(initial, {
    wrapper: ({ children }) => (
      <QueryClientProvider client={client}>
        <ValueSuggestionsContext value={source}>{children}</ValueSuggestionsContext>
      </QueryClientProvider>
    ),
  });
}

const cityIs = (id: string, text = '') => condition(id, '_city', 'equals', one(text));

describe('SuggestingTextEditor', () => {
  it('suggests "Saint Petersburg" for "St. P" and picks it from the keyboard without adding a condition', async () => {
    const { source } = sourceOf(CITIES);
    const { user, tree } = renderWith(group('root', 'and', [cityIs('c1')]), source);
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.click(value);
    await user.type(value, 'St. P');
    const list = await screen.findByRole('listbox', { name: 'Suggested values' });
    expect(
      within(list)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['Saint Petersburg']);

    await user.keyboard('{ArrowDown}');
    expect(value).toHaveAttribute('aria-activedescendant', within(list).getByRole('option').id);
    await user.keyboard('{Enter}');
    expect(value).toHaveValue('Saint Petersburg');
    expect(tree().children).toHaveLength(1);
    expect(tree().children[0]).toMatchObject({ value: { kind: 'one', value: 'Saint Petersburg' } });
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
  });

  it('warns beside a value no profile has, and names the likely one', async () => {
    const { source } = sourceOf(CITIES);
    const { user } = renderWith(group('root', 'and', [cityIs('c1')]), source);
    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.click(value);
    await user.type(value, 'St. Petersburg');
    await waitFor(() =>
      expect(value).toHaveAccessibleDescription('No profile has this value. Did you mean “Saint Petersburg”?'),
    );
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    await user.clear(value);
    await user.type(value, 'moscow');
    expect(value).not.toHaveAccessibleDescription(/No profile/);
  });

  it('does not warn where the list of values is incomplete, or for "contains"', async () => {
    const { source } = sourceOf({ ...CITIES, complete: false });
    const { user } = renderWith(
      group('root', 'and', [cityIs('c1'), condition('c2', '_city', 'contains', one(''))]),
      source,
    );
    const [first, second] = screen.getAllByRole('textbox', { name: 'Value' });
    await user.click(first!);
    await user.type(first!, 'Kazan');
    await user.click(second!);
    await user.type(second!, 'Kazan');
    await waitFor(() => expect(screen.queryByText(/No profile/)).not.toBeInTheDocument());
  });

  it('asks for nothing until a value is focused, then once per field', async () => {
    const { source, asked } = sourceOf(CITIES);
    const rows = Array.from({ length: 50 }, (_, index) => cityIs(`c${index}`, 'Moscow'));
    const { user } = renderWith(group('root', 'and', rows), source);
    expect(asked).toEqual([]);
    const values = screen.getAllByRole('textbox', { name: 'Value' });
    await user.click(values[0]!);
    await user.click(values[1]!);
    await waitFor(() => expect(asked).toEqual(['_city']));
  });

  it('is a plain text input where the backend knows no values', async () => {
    const { user, tree } = renderWith(group('root', 'and', [cityIs('c1')]), null);
    const value = screen.getByRole('textbox', { name: 'Value' });
    expect(value).not.toHaveAttribute('aria-autocomplete');
    await user.type(value, 'St. P');
    expect(screen.queryByRole('listbox')).not.toBeInTheDocument();
    expect(tree().children[0]).toMatchObject({ value: { kind: 'one', value: 'St. P' } });
  });
});
