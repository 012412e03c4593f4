import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Problem } from '@/domain/problems';
import { I18nProvider } from '@/ui/i18n';
import { ProblemsSection } from './ProblemsSection';

const problem = (message: string): Problem => ({ code: 'value_missing', severity: 'error', message, nodeId: 'c1' });

describe('ProblemsSection', () => {
  it('names the problems once in its heading: "2 problems", not "Problems · 2 problems"', () => {
    render(<ProblemsSection problems={[problem('Enter a value.'), problem('Enter another.')]} onShow={() => {}} />);
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading).toHaveTextContent(/^2 problems$/);
    expect(screen.getByRole('region', { name: '2 problems' })).toBeInTheDocument();
  });

  it('says "Problems" with none, and counts in Russian with the right plural form', () => {
    const { unmount } = render(<ProblemsSection problems={[]} onShow={() => {}} />);
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^Problems$/);
    unmount();
    render(
      <I18nProvider locale="ru">
        <ProblemsSection
          problems={[problem('a'), problem('b'), problem('c'), problem('d'), problem('e')]}
          onShow={() => {}}
        />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 })).toHaveTextContent(/^5 проблем$/);
  });

  it('lists each problem as a button that shows it, from the pointer and the keyboard', async () => {
    const user = userEvent.setup();
    const onShow = vi.fn<(shown: Problem) => void>();
    const warning: Problem = {
      code: 'never_matches',
      severity: 'warning',
      message: 'No profile can match.',
      nodeId: 'g1',
    };
    render(<ProblemsSection problems={[problem('Enter a value.'), warning]} onShow={onShow} />);
    const items = within(screen.getByRole('list', { name: '2 problems' })).getAllByRole('listitem');
    expect(items).toHaveLength(2);
    await user.click(within(items[0]!).getByRole('button', { name: 'Error: Enter a value.' }));
    expect(onShow).toHaveBeenLastCalledWith(problem('Enter a value.'));
    within(items[1]!).getByRole('button', { name: 'Warning: No profile can match.' }).focus();
    await user.keyboard('{Enter}');
    expect(onShow).toHaveBeenLastCalledWith(warning);
  });
});
