import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LANGUAGE_STORAGE_KEY } from '@/ui/i18n';
import { renderRoute } from '@/test/render';
import SettingsPage from './SettingsPage';

function renderSettings() {
  return renderRoute([{ path: '/settings', element: <SettingsPage /> }], '/settings');
}

describe('Settings: the interface language', () => {
  afterEach(() => vi.restoreAllMocks());

  it('offers English and Русский, switches every text and <html lang>, and is remembered', async () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['en-US']);
    const user = userEvent.setup();
    const first = renderSettings();
    const select = screen.getByRole('combobox', { name: 'Language' });
    expect(
      within(select)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual(['English', 'Русский']);
    expect(select).toHaveValue('en');
    expect(screen.getByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.selectOptions(select, 'Русский');

    expect(await screen.findByRole('heading', { level: 1, name: 'Настройки' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: 'Подключения' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Добавить подключение' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Язык (Language)' })).toHaveValue('ru');
    expect(document.documentElement.lang).toBe('ru');
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('ru');

    first.unmount();
    renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Настройки' })).toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Язык (Language)' }), 'English');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');
  });

  it("follows the browser's language on a first visit", () => {
    vi.spyOn(navigator, 'languages', 'get').mockReturnValue(['ru-RU', 'en-US']);
    renderSettings();
    expect(screen.getByRole('heading', { level: 1, name: 'Настройки' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Язык (Language)' })).toHaveValue('ru');
    expect(document.documentElement.lang).toBe('ru');
  });
});
