import { createTheme, type Theme, type ThemeOptions } from '@mui/material/styles';
import { catalogFor } from './i18n/bundle';
import type { Language } from './i18n/languages';
import { muiMessages } from './muiMessages';

/**
 * One theme with light and dark schemes as CSS variables, so switching modes does
 * not re-render the tree and the OS preference applies before first paint.
 */
const options: ThemeOptions = {
  cssVariables: { colorSchemeSelector: 'class' },
  colorSchemes: {
    light: {
      palette: {
        primary: { main: '#4f46e5' },
        secondary: { main: '#0e7490' },
        background: { default: '#f6f7fb', paper: '#ffffff' },
        warning: { main: '#b45309' },
      },
    },
    dark: {
      palette: {
        primary: { main: '#a5b4fc' },
        secondary: { main: '#67e8f9' },
        background: { default: '#0f1117', paper: '#171a23' },
        warning: { main: '#fbbf24' },
        // MUI's dark default (#f44336) under white text is 3.7:1; this light red takes dark text (7.6:1).
        error: { main: '#f87171' },
      },
    },
  },
  shape: { borderRadius: 10 },
  typography: {
    fontFamily: '"Inter", "Segoe UI", system-ui, -apple-system, "Helvetica Neue", Arial, sans-serif',
    h1: { fontSize: '1.6rem', fontWeight: 650 },
    h2: { fontSize: '1.25rem', fontWeight: 600 },
    h3: { fontSize: '1.05rem', fontWeight: 600 },
    button: { textTransform: 'none', fontWeight: 600 },
  },
  components: {
    MuiButtonBase: { defaultProps: { disableRipple: false } },
    MuiTextField: { defaultProps: { size: 'small' } },
    MuiAppBar: { defaultProps: { elevation: 0 } },
    MuiCard: { defaultProps: { variant: 'outlined' } },
    // A disabled field's helper text still explains something (why it is locked): it stays readable
    // (axe color-contrast) instead of fading to the disabled grey.
    MuiFormHelperText: {
      styleOverrides: {
        root: ({ theme }) => ({ '&.Mui-disabled': { color: (theme.vars ?? theme).palette.text.secondary } }),
      },
    },
  },
};

/** MUI's own words (Autocomplete's "No options", Alert's "Close") in `language`. */
function muiWords(language: Language): ThemeOptions {
  const words = catalogFor(muiMessages, language);
  return {
    components: {
      MuiAlert: { defaultProps: { closeText: words.close } },
      MuiAutocomplete: {
        defaultProps: {
          clearText: words.clear,
          closeText: words.close,
          loadingText: words.loading,
          noOptionsText: words.noOptions,
          openText: words.open,
        },
      },
    },
  };
}

const themes = new Map<Language, Theme>();

/**
 * The theme in `language`: built once per language, so switching back reuses it, and only when
 * asked for (about 80 ms of a phone's CPU each: a Russian reader's first load built English's too).
 */
export function themeFor(language: Language): Theme {
  let theme = themes.get(language);
  if (!theme) themes.set(language, (theme = createTheme(options, muiWords(language))));
  return theme;
}
