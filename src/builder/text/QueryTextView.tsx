/**
 * A block's conditions as text, read-only: the printed query with the editor's colours, and
 * "Copy as text". No CodeMirror: plain highlighted text. Loaded lazily (lazy.ts) with the printer.
 */
import Box from '@mui/material/Box';
import { useMemo, type ReactNode } from 'react';
import type { FieldCatalog, Group } from '@/domain/model';
import { printGroup, tokenize } from '@/domain/queryText';
import { useMessages } from '@/ui/i18n';
import { builderMessages } from '../messages';
import { CopyTextButton } from './CopyTextButton';
import { codeAreaSx, queryTextSx, TOKEN_CLASS } from './palette';

export interface QueryTextViewProps {
  root: Group;
  catalog: FieldCatalog;
  /** The block's number where a segment has several: it goes into the text's accessible name. */
  index?: number;
}

function highlighted(text: string): ReactNode[] {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const token of tokenize(text)) {
    if (token.from > at) parts.push(text.slice(at, token.from));
    parts.push(
      <span key={token.from} className={TOKEN_CLASS[token.kind]}>
        {text.slice(token.from, token.to)}
      </span>,
    );
    at = token.to;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export default function QueryTextView({ root, catalog, index }: QueryTextViewProps) {
  const t = useMessages(builderMessages);
  const text = useMemo(() => printGroup(root, catalog), [root, catalog]);
  const parts = useMemo(() => highlighted(text), [text]);
  return (
    <Box sx={(theme) => ({ ...queryTextSx(theme), display: 'grid', gap: 1, justifyItems: 'start' })}>
      <Box
        component="pre"
        tabIndex={0}
        aria-label={index === undefined ? t('text.label') : t('text.labelOf', { index })}
        sx={{
          ...codeAreaSx,
          justifySelf: 'stretch',
          m: 0,
          px: 1.5,
          py: 1.25,
          maxHeight: 480,
          overflow: 'auto',
          whiteSpace: 'pre-wrap',
          overflowWrap: 'anywhere',
          '&:focus-visible': { outline: '2px solid var(--qt-focus)', outlineOffset: '-1px' },
        }}
      >
        <code>{parts}</code>
      </Box>
      <CopyTextButton getText={() => text} />
    </Box>
  );
}
