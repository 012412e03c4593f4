import { act, render, screen, waitFor } from '@testing-library/react';
import { ApiError } from '@/api/errors';
import { setLanguage } from '@/ui/i18n';
import { renderRoute } from '@/test/render';
import { AppProviders } from './AppProviders';
import { ErrorScreen } from './ErrorScreen';
import { routes } from './routes';

describe('the app in two languages', () => {
  it('words an API error on screen anew when the language changes', () => {
    render(
      <AppProviders>
        <ErrorScreen error={new ApiError({ code: 429, retryAfterSeconds: 5 })} />
      </AppProviders>,
    );
    expect(screen.getByRole('heading', { name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText('Too many requests. Try again in 5 s.')).toBeInTheDocument();

    act(() => {
      setLanguage('ru');
    });

    expect(screen.getByRole('heading', { name: 'Что-то пошло не так' })).toBeInTheDocument();
    expect(screen.getByText('Слишком много запросов. Повторите через 5 с.')).toBeInTheDocument();
    expect(screen.queryByText(/Too many requests/)).not.toBeInTheDocument();
  });

  it("names the tab after the page, in the page's language", async () => {
    renderRoute(routes, '/settings');
    await screen.findByRole('heading', { level: 1, name: 'Settings' });
    expect(document.title).toBe('Settings — Segment Studio');
    expect(screen.getByRole('link', { name: 'Segments' })).toBeInTheDocument();

    act(() => {
      setLanguage('ru');
    });

    await waitFor(() => expect(document.title).toBe('Настройки — Segment Studio'));
    expect(screen.getByRole('link', { name: 'Сегменты' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('ru');
  });
});
