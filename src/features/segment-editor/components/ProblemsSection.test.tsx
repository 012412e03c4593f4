import { render, screen } from '@testing-library/react';
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
});
