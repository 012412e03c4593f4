/**
 * Token kinds for syntax highlighting (a CodeMirror stream or decoration source). Fields are the
 * tokens the parser read as fields; past a syntax error, words are told apart by their spelling.
 */
import { analyse } from './parse';
import { BOOLEAN_WORDS, OPERATOR_WORDS, STRUCTURAL_WORDS } from './spellings';
import type { LexKind, Token } from './tokenizer';

export type HighlightKind =
  'field' | 'operator' | 'string' | 'number' | 'date' | 'keyword' | 'paren' | 'bracket' | 'comma' | 'opaque' | 'error';

export interface HighlightToken {
  kind: HighlightKind;
  /** Offsets into the text; `to` is exclusive. */
  from: number;
  to: number;
}

const BY_LEX_KIND: Readonly<Record<Exclude<LexKind, 'word'>, HighlightKind>> = {
  quoted: 'field',
  string: 'string',
  number: 'number',
  date: 'date',
  symbol: 'operator',
  '(': 'paren',
  ')': 'paren',
  '[': 'bracket',
  ']': 'bracket',
  ',': 'comma',
  // "?" stands for a value not filled in yet.
  '?': 'keyword',
  opaque: 'opaque',
  invalid: 'error',
  // Never highlighted: tokenize drops the end-of-text token.
  eof: 'error',
};

function kindOf(token: Token, isField: boolean): HighlightKind {
  if (isField) return 'field';
  if (token.kind !== 'word') return BY_LEX_KIND[token.kind];
  const word = token.text.toLowerCase();
  if (STRUCTURAL_WORDS.has(word) || BOOLEAN_WORDS.has(word)) return 'keyword';
  return word.split('_').every((part) => OPERATOR_WORDS.has(part)) ? 'operator' : 'field';
}

/** The text's tokens in order, with highlighting kinds and offsets. Total: never throws. */
export function tokenize(text: string): HighlightToken[] {
  const { tokens, fieldTokens } = analyse(text, { catalog: [], newId: () => '' });
  return tokens
    .slice(0, -1)
    .map((token, i) => ({ kind: kindOf(token, fieldTokens.has(i)), from: token.from, to: token.to }));
}
