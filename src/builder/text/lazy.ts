/**
 * Text mode's entry points, each loaded on first use: the editor brings CodeMirror and the query
 * parser, the read-only view the printer. A page that never shows text downloads neither.
 */
import { lazy } from 'react';

export const QueryTextEditor = lazy(() => import('./QueryTextEditor'));
export const QueryTextView = lazy(() => import('./QueryTextView'));

export type { QueryTextEditorProps, TextProblemReport } from './QueryTextEditor';
export type { QueryTextViewProps } from './QueryTextView';
