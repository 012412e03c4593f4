/**
 * The single-pass lexer of text mode. It never fails: a character it cannot read becomes an
 * `invalid` token carrying the problem, and the parser reports it when it gets there.
 */
import type { RawProblem, TextProblemCode } from './problems';

export type LexKind =
  | 'word'
  | 'quoted'
  | 'string'
  | 'number'
  | 'date'
  | 'symbol'
  | '('
  | ')'
  | '['
  | ']'
  | ','
  | '?'
  | 'opaque'
  | 'invalid'
  | 'eof';

export interface Token {
  kind: LexKind;
  from: number;
  to: number;
  /**
   * Words, numbers, dates and symbols: the source text. Strings and backtick names: the decoded
   * text. Opaque tokens: the node id.
   */
  text: string;
  /** Opaque tokens: the label between the brackets, for people only (the parser ignores it). */
  label?: string;
  /** A lexical problem; the parser reports it when it reaches the token. */
  problem?: RawProblem;
}

/** Opening and closing marks of an opaque condition: rare characters nobody types by accident. */
export const OPAQUE_OPEN = '⟦';
export const OPAQUE_CLOSE = '⟧';
/** Separates an opaque condition's label from its id inside the marks. */
export const OPAQUE_ID_MARK = '#';

/** A field name written bare; anything else goes in backticks. Kept in step with WORD below. */
export const IDENTIFIER = /^[\p{L}_][\p{L}\p{N}\p{M}_]*(?:\.[\p{L}\p{N}\p{M}_]+)*$/u;

const WORD = /[\p{L}_][\p{L}\p{N}\p{M}_]*(?:\.[\p{L}\p{N}\p{M}_]+)*/uy;
// Numbers take dotted parts too, so a version such as 1.10.3 is one token; the parser decides
// per field type whether it is a number or a version.
const NUMBER = /-?\d+(?:\.\d+)*(?:[eE][+-]?\d+)?/y;
const DATE = /\d{4}-\d{2}-\d{2}(?!\d)/y;
const SPACE = /\s/u;

const ESCAPES: ReadonlyMap<string, string> = new Map([
  ['"', '"'],
  ['`', '`'],
  ['\\', '\\'],
  ['/', '/'],
  [OPAQUE_ID_MARK, OPAQUE_ID_MARK],
  [OPAQUE_CLOSE, OPAQUE_CLOSE],
  ['n', '\n'],
  ['r', '\r'],
  ['t', '\t'],
  ['b', '\b'],
  ['f', '\f'],
]);

const HEX4 = /^[0-9a-fA-F]{4}$/;

/** Backslashes and control characters are escaped in every quoted form, besides the closing mark. */
function alwaysEscaped(ch: string): boolean {
  const code = ch.charCodeAt(0);
  return ch === '\\' || code < 0x20 || code === 0x7f;
}

/**
 * Writes `value` between `open` and `close` so that `lex` reads it back exactly: backslashes, the
 * closing mark, `also` and control characters are escaped.
 */
export function quote(value: string, open: string, close: string, also = ''): string {
  let out = '';
  let chunk = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch !== close && !also.includes(ch) && !alwaysEscaped(ch)) continue;
    out += value.slice(chunk, i) + escapeChar(ch);
    chunk = i + 1;
  }
  return open + out + value.slice(chunk) + close;
}

const SHORT_ESCAPES: Readonly<Record<string, string>> = { '\n': 'n', '\r': 'r', '\t': 't', '\b': 'b', '\f': 'f' };

function escapeChar(ch: string): string {
  const short = SHORT_ESCAPES[ch];
  if (short !== undefined) return `\\${short}`;
  const code = ch.charCodeAt(0);
  return code < 0x20 || code === 0x7f ? `\\u${code.toString(16).padStart(4, '0')}` : `\\${ch}`;
}

const UNTERMINATED: Readonly<Record<string, TextProblemCode>> = {
  '"': 'unterminated_string',
  '`': 'unterminated_field',
  [OPAQUE_CLOSE]: 'unterminated_opaque',
};

interface Quoted {
  end: number;
  value: string;
  /** Offset in `value` of the last unescaped `#` (opaque tokens only), or -1. */
  mark: number;
  problem?: RawProblem;
}

/** Reads a quoted form from its opening mark at `start`; a quoted form ends at the end of its line. */
function readQuoted(text: string, start: number, close: string): Quoted {
  let value = '';
  let mark = -1;
  let problem: RawProblem | undefined;
  let i = start + 1;
  let chunk = i;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === close) return { end: i + 1, value: value + text.slice(chunk, i), mark, ...(problem && { problem }) };
    if (ch === '\n') break;
    if (ch === '\\' || (ch === OPAQUE_ID_MARK && close === OPAQUE_CLOSE)) {
      value += text.slice(chunk, i);
      if (ch === OPAQUE_ID_MARK) {
        mark = value.length;
        value += ch;
        i += 1;
      } else {
        const next = text[i + 1] ?? '';
        const hex = text.slice(i + 2, i + 6);
        const simple = ESCAPES.get(next);
        if (simple !== undefined) {
          value += simple;
          i += 2;
        } else if (next === 'u' && HEX4.test(hex)) {
          value += String.fromCharCode(Number.parseInt(hex, 16));
          i += 6;
        } else {
          // Skip only the backslash, so a bad escape before a newline still ends the line.
          const sequence = `\\${String.fromCodePoint(text.codePointAt(i + 1) ?? 32).trim()}`;
          problem ??= { from: i, to: i + sequence.length, code: 'bad_escape', params: { sequence } };
          i += 1;
        }
      }
      chunk = i;
      continue;
    }
    i += 1;
  }
  return {
    end: i,
    value: value + text.slice(chunk, i),
    mark,
    problem: { from: start, to: i, code: UNTERMINATED[close]!, params: {} },
  };
}

function isSpace(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  return code > 127 && SPACE.test(text[i]!);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function sticky(pattern: RegExp, text: string, at: number): string | undefined {
  pattern.lastIndex = at;
  return pattern.exec(text)?.[0];
}

function quotedToken(text: string, start: number, open: string): Token {
  const close = open === OPAQUE_OPEN ? OPAQUE_CLOSE : open;
  const read = readQuoted(text, start, close);
  const kind = open === '"' ? 'string' : open === '`' ? 'quoted' : 'opaque';
  const token: Token = { kind, from: start, to: read.end, text: read.value };
  if (kind === 'opaque' && !read.problem) {
    if (read.mark < 0) read.problem = { from: start, to: read.end, code: 'opaque_malformed', params: {} };
    token.label = read.value.slice(0, Math.max(read.mark, 0)).trim();
    token.text = read.value.slice(read.mark + 1);
  }
  // A token with a problem is `invalid` whatever it looked like, so no grammar rule accepts it.
  return read.problem ? { ...token, kind: 'invalid', problem: read.problem } : token;
}

/** Splits text into tokens, ending with one `eof` token. Total: every input gives tokens. */
export function lex(text: string): Token[] {
  const tokens: Token[] = [];
  const simple = (kind: LexKind, from: number, to: number) =>
    tokens.push({ kind, from, to, text: text.slice(from, to) });
  let i = 0;
  while (i < text.length) {
    if (isSpace(text, i)) {
      i += 1;
      continue;
    }
    const ch = text[i]!;
    const start = i;
    if ('()[],?'.includes(ch)) {
      simple(ch as LexKind, i, ++i);
    } else if (ch === '=' || ch === '<' || ch === '>' || ch === '!') {
      i += text[i + 1] === '=' && ch !== '=' ? 2 : 1;
      if (ch === '!' && i === start + 1) {
        tokens.push({ kind: 'invalid', from: start, to: i, text: ch, problem: unexpected(start, ch) });
      } else simple('symbol', start, i);
    } else if (ch === '"' || ch === '`' || ch === OPAQUE_OPEN) {
      const token = quotedToken(text, i, ch);
      tokens.push(token);
      i = token.to;
    } else if (isDigit(text.charCodeAt(i)) || (ch === '-' && isDigit(text.charCodeAt(i + 1)))) {
      const date = sticky(DATE, text, i);
      const match = date ?? sticky(NUMBER, text, i)!;
      i += match.length;
      simple(date ? 'date' : 'number', start, i);
    } else {
      const word = sticky(WORD, text, i);
      if (word) {
        i += word.length;
        simple('word', start, i);
      } else {
        const char = String.fromCodePoint(text.codePointAt(i)!);
        i += char.length;
        tokens.push({ kind: 'invalid', from: start, to: i, text: char, problem: unexpected(start, char) });
      }
    }
  }
  tokens.push({ kind: 'eof', from: text.length, to: text.length, text: '' });
  return tokens;
}

function unexpected(from: number, char: string): RawProblem {
  return { from, to: from + char.length, code: 'unexpected_character', params: { char } };
}
