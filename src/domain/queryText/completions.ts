/**
 * Suggestions for the text editor, from what the parser expected where the text before the cursor
 * ends. Using the parser itself keeps suggestions and the grammar from ever disagreeing.
 */
import type { FieldCatalog } from '../model';
import { editorFor, OPERATORS, OPERATORS_BY_TYPE, valueOptionsFor } from '../operators';
import { analyse, type Expectation, type TextCapabilities } from './parse';
import { fieldText } from './print';
import { scalarText } from './scalars';
import { OPERATOR_SPELLINGS, spellingOf } from './spellings';
import { lex, type LexKind } from './tokenizer';

export interface CompletionOption {
  /** The text to insert. */
  label: string;
  kind: 'field' | 'operator' | 'value' | 'keyword';
  /** A hint shown beside it: a field's label, an operator's name, an option's label. */
  detail?: string;
}

export interface Completions {
  /** Where the replaced text starts; the cursor is its end. */
  from: number;
  options: CompletionOption[];
}

/** Tokens that may still be growing under the cursor, so a suggestion replaces them. */
const TYPED: ReadonlySet<LexKind> = new Set(['word', 'quoted', 'string', 'number', 'date', 'symbol', 'invalid']);

const keyword = (label: string): CompletionOption => ({ label, kind: 'keyword' });

const ALL_OPERATORS = Object.keys(OPERATOR_SPELLINGS) as (keyof typeof OPERATOR_SPELLINGS)[];

function optionsFor(
  expectation: Expectation | undefined,
  catalog: FieldCatalog,
  capabilities: TextCapabilities | undefined,
): CompletionOption[] {
  switch (expectation?.kind) {
    case 'condition':
      return [
        ...catalog.map((field): CompletionOption => ({
          label: fieldText(field.name),
          kind: 'field',
          detail: field.label,
        })),
        keyword('not'),
      ];
    case 'operator': {
      const { field } = expectation;
      const storable = field && capabilities?.operators?.[field.type];
      const ops = field
        ? OPERATORS_BY_TYPE[field.type].filter((op) => !storable || storable.includes(op))
        : ALL_OPERATORS;
      // Operators sharing a spelling are one suggestion, where the first of them is.
      const seen = new Set<string>();
      const options: CompletionOption[] = [];
      for (const op of ops) {
        const label = spellingOf(op);
        if (!seen.has(label)) options.push({ label, kind: 'operator', detail: OPERATORS[op].label });
        seen.add(label);
      }
      return options;
    }
    case 'value': {
      const { field, operator, list } = expectation;
      const editor = field && editorFor(field.type, operator);
      if (!field || (editor !== 'enum' && editor !== 'enum-multi')) return [];
      return (valueOptionsFor(field, operator) ?? []).map((option) => {
        const text = scalarText(option.value, editor);
        return { label: list === 'open' ? `[${text}]` : text, kind: 'value', detail: option.label };
      });
    }
    case 'word':
      return [keyword(expectation.word)];
    case 'connective':
      return [keyword('and'), keyword('or')];
    default:
      return [];
  }
}

/**
 * What may be typed at `offset`: fields where a condition starts, the operators of the field's
 * type after a field, an enum's options after its operator, and/or after a complete condition.
 * Pure and total: any text and any offset give an answer, maybe with no options.
 */
export function completionsAt(
  text: string,
  offset: number,
  catalog: FieldCatalog,
  capabilities?: TextCapabilities,
): Completions {
  const at = Math.min(Math.max(Math.trunc(offset) || 0, 0), text.length);
  const before = lex(text.slice(0, at));
  const typing = before.at(-2);
  const from = typing && typing.to === at && TYPED.has(typing.kind) ? typing.from : at;
  const options = { catalog, newId: () => '', ...(capabilities && { capabilities }) };
  const { expectation } = analyse(text.slice(0, from), options);
  // Operators may be several words ("is not empty"): the suggestion replaces all that were typed.
  const start = expectation?.kind === 'operator' ? expectation.from : from;
  return { from: start, options: optionsFor(expectation, catalog, capabilities) };
}
