import { screen } from '@testing-library/react';
import { condition, group, one } from './fixtures/trees';
import { renderBuilder } from './testing/renderBuilder';

const tree = () => group('root', 'and', [condition('c1', '_city', 'equals', one('Moscow'))]);

describe('group counts in the header', () => {
  it('marks a count as updating only while a new one is on its way', () => {
    renderBuilder(tree(), { groupCounts: { root: 168 }, countsPending: true });
    expect(screen.getByText('≈ 168 profiles')).toBeInTheDocument();
    expect(screen.getByText('updating')).toBeInTheDocument();
  });

  it('shows the count alone once the answer is in', () => {
    renderBuilder(tree(), { groupCounts: { root: 40 }, countsPending: false });
    expect(screen.getByText('≈ 40 profiles')).toBeInTheDocument();
    expect(screen.queryByText('updating')).not.toBeInTheDocument();
  });

  it('shows no count (and nothing updating) where the counts no longer hold', () => {
    renderBuilder(tree(), { groupCounts: undefined, countsPending: false });
    expect(screen.queryByText(/profiles/)).not.toBeInTheDocument();
    expect(screen.queryByText('updating')).not.toBeInTheDocument();
  });
});
