import { render, screen, within } from '@testing-library/react';
import { I18nProvider } from '@/ui/i18n';
import { DEMO_CATALOG } from './fixtures/catalog';
import { demoTree } from './fixtures/trees';
import { ReadOnlyTree } from './ReadOnlyTree';
import { ConditionBuilder } from './ConditionBuilder';
import { UNLIMITED_CAPABILITIES } from './capabilities';

const row = (id: string) => document.querySelector<HTMLElement>(`[data-node-id="${id}"]`)!;

describe('ReadOnlyTree', () => {
  it('shows the tree with no inputs, values in words and opaque rules marked', () => {
    render(<ReadOnlyTree root={demoTree()} catalog={DEMO_CATALOG} />);
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.queryByRole('combobox')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();

    expect(within(row('c-country')).getByText('Country')).toBeInTheDocument();
    expect(within(row('c-country')).getByText('is any of')).toBeInTheDocument();
    expect(within(row('c-country')).getByText('France, Germany, Spain')).toBeInTheDocument();
    expect(within(row('c-age')).getByText('25 and 40')).toBeInTheDocument();
    // The unit once, in the operator's words: not "in the last N days 30 days".
    expect(within(row('c-order')).getByText('is in the last 30 days')).toBeInTheDocument();
    expect(row('c-order')).not.toHaveTextContent(/N days|days.*days/);
    expect(within(row('o-campaign')).getByText('Kept as is: not editable here')).toBeInTheDocument();
    expect(row('root').firstElementChild).toHaveTextContent('Match all of the following');
    expect(row('g-engaged').firstElementChild).toHaveTextContent('Match any of the following');
  });

  it('speaks Russian: operator labels from the domain locale, day counts in the right form', () => {
    render(
      <I18nProvider locale="ru">
        <ReadOnlyTree root={demoTree()} catalog={DEMO_CATALOG} />
      </I18nProvider>,
    );
    expect(within(row('c-country')).getByText('любое из')).toBeInTheDocument();
    expect(within(row('c-age')).getByText('в диапазоне')).toBeInTheDocument();
    expect(within(row('c-age')).getByText('25 и 40')).toBeInTheDocument();
    expect(within(row('c-order')).getByText('за последние 30 дней')).toBeInTheDocument();
    expect(within(row('o-campaign')).getByText('Сохранено как есть: здесь не редактируется')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Условия' })).toBeInTheDocument();
  });

  it('marks each node with the outcome of an explanation, in words', () => {
    render(
      <ReadOnlyTree
        root={demoTree()}
        catalog={DEMO_CATALOG}
        explain={{ root: 'fail', 'c-country': 'pass', 'c-age': 'fail', 'o-campaign': 'unknown' }}
      />,
    );
    expect(within(row('c-country')).getByText('Matches')).toBeInTheDocument();
    expect(within(row('c-age')).getByText('Does not match')).toBeInTheDocument();
    expect(within(row('o-campaign')).getByText('Unknown')).toBeInTheDocument();
  });

  it('is what <ConditionBuilder readOnly> shows, with counts', () => {
    render(
      <ConditionBuilder
        readOnly
        root={demoTree()}
        onChange={() => {}}
        catalog={DEMO_CATALOG}
        capabilities={UNLIMITED_CAPABILITIES}
        groupCounts={{ 'g-engaged': 4210 }}
      />,
    );
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(screen.getByText('≈ 4,210 profiles')).toBeInTheDocument();
  });
});
