/**
 * How text mode looks: token colours and the code area, shared by the editor and the read-only
 * view. Colours are CSS variables set here per colour scheme, so switching light and dark restyles
 * the text without re-rendering it. Every token colour keeps at least 7:1 contrast on its
 * background (WCAG AAA for text), punctuation at least 4.5:1.
 */
import type { CSSObject, Theme } from '@mui/material/styles';
import type { HighlightKind } from '@/domain/queryText';

/** The class a token of each kind carries, in the editor and in the read-only view alike. */
export const TOKEN_CLASS: Readonly<Record<HighlightKind, string>> = {
  field: 'qt-field',
  operator: 'qt-operator',
  string: 'qt-string',
  number: 'qt-number',
  date: 'qt-date',
  keyword: 'qt-keyword',
  paren: 'qt-punct',
  bracket: 'qt-punct',
  comma: 'qt-punct',
  opaque: 'qt-opaque',
  error: 'qt-error',
};

export const MONOSPACE = 'ui-monospace, SFMono-Regular, "SF Mono", Menlo, Consolas, "Liberation Mono", monospace';

/** Styles for the element around the code: variables, token colours, the code area's frame. */
export function queryTextSx(theme: Theme): CSSObject {
  const vars = theme.vars ?? theme;
  return {
    '--qt-text': vars.palette.text.primary,
    '--qt-muted': vars.palette.text.secondary,
    '--qt-paper': vars.palette.background.paper,
    '--qt-code-bg': vars.palette.background.default,
    '--qt-border': vars.palette.divider,
    '--qt-focus': vars.palette.primary.main,
    '--qt-selected': vars.palette.primary.main,
    '--qt-selected-text': vars.palette.primary.contrastText,
    '--qt-warning': vars.palette.warning.main,
    '--qt-ui-font': theme.typography.fontFamily,
    '--qt-field': '#3730a3',
    '--qt-operator': '#9d174d',
    '--qt-string': '#166534',
    '--qt-number': '#9a3412',
    '--qt-keyword': '#6d28d9',
    '--qt-opaque': '#155e75',
    '--qt-error': '#b91c1c',
    ...(theme.applyStyles('dark', {
      '--qt-field': '#a5b4fc',
      '--qt-operator': '#f9a8d4',
      '--qt-string': '#86efac',
      '--qt-number': '#fdba74',
      '--qt-keyword': '#c4b5fd',
      '--qt-opaque': '#67e8f9',
      '--qt-error': '#fca5a5',
    }) as CSSObject),
    '& .qt-field': { color: 'var(--qt-field)' },
    '& .qt-operator': { color: 'var(--qt-operator)' },
    '& .qt-string': { color: 'var(--qt-string)' },
    '& .qt-number, & .qt-date': { color: 'var(--qt-number)' },
    '& .qt-keyword': { color: 'var(--qt-keyword)', fontWeight: 600 },
    '& .qt-punct': { color: 'var(--qt-muted)' },
    '& .qt-opaque': {
      color: 'var(--qt-opaque)',
      fontStyle: 'italic',
      outline: '1px dashed var(--qt-opaque)',
      outlineOffset: '-1px',
      borderRadius: '3px',
    },
    '& .qt-error': { color: 'var(--qt-error)' },
  };
}

/** The frame of a code area: the editor's and the read-only view's. */
export const codeAreaSx: CSSObject = {
  border: '1px solid var(--qt-border)',
  borderRadius: '8px',
  backgroundColor: 'var(--qt-code-bg)',
  color: 'var(--qt-text)',
  fontFamily: MONOSPACE,
  fontSize: '0.875rem',
  lineHeight: 1.6,
};
