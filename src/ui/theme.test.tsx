import Alert from '@mui/material/Alert';
import Autocomplete from '@mui/material/Autocomplete';
import TextField from '@mui/material/TextField';
import { ThemeProvider } from '@mui/material/styles';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { Language } from './i18n/languages';
import { themeFor } from './theme';

function renderIn(language: Language) {
  return render(
    <ThemeProvider theme={themeFor(language)}>
      <Alert onClose={() => {}}>Saved</Alert>
      <Autocomplete options={['geo']} renderInput={(params) => <TextField {...params} label="Tags" />} />
    </ThemeProvider>,
  );
}

describe('MUI components speak the language of the theme', () => {
  it.each([
    ['en', { close: 'Close', open: 'Open', noOptions: 'No options' }],
    ['ru', { close: 'Закрыть', open: 'Открыть', noOptions: 'Нет доступных вариантов' }],
  ] as const)('%s: Alert and Autocomplete', async (language, words) => {
    const user = userEvent.setup();
    renderIn(language);
    expect(screen.getByRole('button', { name: words.close })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: words.open }));
    await user.type(screen.getByRole('combobox', { name: 'Tags' }), 'zzz');
    expect(await screen.findByText(words.noOptions)).toBeInTheDocument();
  });

  it('builds each language once', () => {
    expect(themeFor('ru')).toBe(themeFor('ru'));
    expect(themeFor('ru')).not.toBe(themeFor('en'));
  });
});
