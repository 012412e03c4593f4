/**
 * Values in both directions: how a scalar is written for the editor its operator uses on its field,
 * and how a written value becomes a scalar again. Kept together so the two never drift apart.
 */
import type { EditorKind, FieldOption, FieldType, Scalar } from '../model';
import { isIsoDate } from '../operators';
import { toOptionKey } from '../values';
import { quote } from './tokenizer';

/** A value as written: its kind comes from the token, its meaning from the field. */
export interface Literal {
  kind: 'string' | 'number' | 'date' | 'boolean' | 'blank';
  /** Source text, or the decoded text of a string. */
  text: string;
  from: number;
  to: number;
}

/** A number as JavaScript writes one, which is also how the printer writes numbers. */
const NUMERIC = /^-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
/** The same rule as `scalarFitsEditor('version', …)` in operators.ts. */
const VERSION = /^\d+(?:\.\d+)*$/;

export type ScalarResult = { ok: true; scalar: Scalar } | { ok: false; code: 'value_type' | 'date_invalid' };

const fits = (scalar: Scalar): ScalarResult => ({ ok: true, scalar });
const wrong: ScalarResult = { ok: false, code: 'value_type' };

/** A finite number from its text; -0 reads as 0, because the printer writes both as "0". */
function numberOf(text: string): number | undefined {
  const n = Number(text);
  if (!NUMERIC.test(text) || !Number.isFinite(n)) return undefined;
  return n === 0 ? 0 : n;
}

/**
 * The scalar a literal stands for under an editor. Blank (`?` or `""`) is the unfinished value of
 * every editor, as in the builder. Text editors take any literal as its text, so `zip = 12345`
 * means the text "12345"; the other editors insist on their kind.
 */
export function literalToScalar(literal: Literal, editor: EditorKind): ScalarResult {
  const { kind, text } = literal;
  if (kind === 'blank' || (kind === 'string' && text === '')) return fits('');
  switch (editor) {
    case 'number':
    case 'days':
    case 'years': {
      const n = kind === 'number' || kind === 'string' ? numberOf(text) : undefined;
      if (n === undefined || (editor !== 'number' && !(Number.isSafeInteger(n) && n >= 0))) return wrong;
      return fits(n);
    }
    case 'date':
      if (kind === 'date') return isIsoDate(text) ? fits(text) : { ok: false, code: 'date_invalid' };
      return kind === 'string' && isIsoDate(text) ? fits(text) : wrong;
    case 'version':
      return (kind === 'number' || kind === 'string') && VERSION.test(text) ? fits(text) : wrong;
    case 'enum':
    case 'enum-multi':
      // Options may be numbers or yes/no values, so enum literals keep their written kind.
      if (kind === 'boolean') return fits(text.toLowerCase() === 'true');
      return fits(kind === 'number' ? (numberOf(text) ?? text) : text);
    default:
      return fits(kind === 'boolean' ? text.toLowerCase() : text);
  }
}

/**
 * How a scalar is written. Dates and versions go bare when they are well formed, numbers and
 * yes/no values always; any other text is quoted. The blank (unfinished) value is `?`.
 */
export function scalarText(scalar: Scalar, editor: EditorKind): string {
  if (scalar === '') return '?';
  if (typeof scalar === 'boolean') return String(scalar);
  if (typeof scalar === 'number') return Number.isFinite(scalar) ? String(scalar) : quote(String(scalar), '"', '"');
  if ((editor === 'date' && isIsoDate(scalar)) || (editor === 'version' && VERSION.test(scalar))) return scalar;
  return quote(scalar, '"', '"');
}

/** The field type a condition on an unknown field most likely has, from how its values are written. */
export function typeOfLiterals(literals: readonly Literal[]): FieldType {
  const first = literals.find((literal) => literal.kind !== 'blank');
  if (first?.kind === 'date') return 'date';
  if (first?.kind === 'number') return numberOf(first.text) === undefined ? 'version' : 'number';
  return 'string';
}

/**
 * An enum value as the option it names: its value as written, else an option whose value or label
 * matches ignoring case ("Female" for the option female). Anything else is kept, and not known.
 */
export function matchOption(scalar: Scalar, options: readonly FieldOption[]): { scalar: Scalar; known: boolean } {
  const key = toOptionKey(scalar);
  if (options.some((option) => toOptionKey(option.value) === key)) return { scalar, known: true };
  const lower = String(scalar).toLowerCase();
  const named = options.find(
    (option) => String(option.value).toLowerCase() === lower || option.label.toLowerCase() === lower,
  );
  return named ? { scalar: named.value, known: true } : { scalar, known: false };
}
