/**
 * Text mode's parser: one block's conditions as a readable query, back into a tree. Hand-written
 * recursive descent over the tokens of tokenizer.ts; it never throws and reports problems as codes
 * with positions (problems.ts).
 *
 * Grammar (EBNF; keywords and operator words are case-insensitive, and the words of an operator
 * may also be joined by underscores: `in_last`, `days_ago`):
 *
 *   query      = [ or_expr ] ;                          (* empty text: an empty root group *)
 *   or_expr    = and_expr , { "or" , and_expr } ;
 *   and_expr   = unary , { "and" , unary } ;           (* "and" binds tighter than "or" *)
 *   unary      = { "not" } , primary ;                  (* "not" binds tightest *)
 *   primary    = "(" , [ or_expr ] , ")"
 *              | ( "all" | "any" ) , "(" , [ or_expr , { "," , or_expr } ] , ")"
 *              | opaque
 *              | condition ;
 *   condition  = field , operator , value ;             (* the operator decides the value's shape *)
 *   field      = identifier | backtick_text | string ;  (* a field's name or its label *)
 *   operator   = "=" | "!=" | ">" | ">=" | "<" | "<=" | word , { word } ;   (* spellings.ts *)
 *   value      = (* nothing *)                          (* is empty, exists, is true … *)
 *              | scalar                                 (* = "Moscow" *)
 *              | scalar , "and" , scalar                (* between 18 and 30 *)
 *              | "[" , [ scalar , { "," , scalar } , [ "," ] ] , "]"     (* in ["gold", "silver"] *)
 *              | scalar , suffix ;                      (* in last 30 days, more than 30 days ago *)
 *   scalar     = string | number | date | "true" | "false" | "?" ;       (* "?": not filled in yet *)
 *   string     = '"' , { character | escape } , '"' ;
 *   escape     = "\" , ( '"' | "`" | "\" | "/" | "#" | "⟧" | "n" | "r" | "t" | "b" | "f"
 *                       | "u" , hex , hex , hex , hex ) ;
 *   number     = [ "-" ] , digits , { "." , digits } , [ ( "e" | "E" ) , [ "+" | "-" ] , digits ] ;
 *   date       = digit , digit , digit , digit , "-" , digit , digit , "-" , digit , digit ;
 *   opaque     = "⟦" , label , "#" , id , "⟧" ;        (* a kept vendor construct, by node id *)
 *   identifier = ( letter | "_" ) , { letter | digit | "_" } , { "." , ( letter | digit | "_" ) , … } ;
 *
 * What the brackets mean, so that print∘parse is the identity on trees (print.ts writes it so):
 * - a chain `a and b` is one group; mixing `a and b or c` nests the and-chain in an or-group;
 * - parentheses around a chain are that chain's group; around anything else (one condition, one
 *   group, nothing) they make a group of one (or none) that matches all: `(a)`, `((a or b))`, `()`;
 * - `all(…)` and `any(…)` make a group of their comma-separated items: `any(a)`, `any()`;
 * - `not` on a bracketed group negates that group; on anything else it wraps it in a negated
 *   group of one: `not a` is `not (a)`;
 * - the outermost group is the block's root: `(a or b)` is the root `a or b`, and a single
 *   condition is a root of one.
 */
import type {
  Capabilities,
  Combinator,
  Condition,
  ConditionValue,
  FieldCatalog,
  FieldDescriptor,
  FieldOption,
  FieldType,
  Group,
  OpaqueCondition,
  OperatorId,
  Scalar,
  TreeNode,
} from '../model';
import { editorFor, isOperatorAllowed, OPERATORS, typesFor, valueOptionsFor } from '../operators';
import { walk } from '../tree';
import {
  locateProblems,
  type RawProblem,
  type TextProblem,
  type TextProblemCode,
  type TextProblemParams,
} from './problems';
import { allowedSpellings, fieldLookup, type FieldLookup } from './fields';
import { literalToScalar, type Literal, matchOption, typeOfLiterals } from './scalars';
import {
  BOOLEAN_WORDS,
  MAX_OPERATOR_WORDS,
  OPERATOR_SPELLINGS,
  OPERATORS_BY_SPELLING,
  SINGULAR,
  STRUCTURAL_WORDS,
} from './spellings';
import { lex, type LexKind, type Token } from './tokenizer';

/** The parts of a backend's Capabilities that constrain a tree; a whole Capabilities object fits. */
export type TextCapabilities = Partial<
  Pick<Capabilities, 'conditions' | 'not' | 'maxDepth' | 'maxConditionsPerGroup' | 'fixedRootCombinator' | 'operators'>
>;

export interface ParseOptions {
  catalog: FieldCatalog;
  /** The opaque conditions of the tree the text was printed from, by node id; restored verbatim. */
  opaque?: ReadonlyMap<string, OpaqueCondition>;
  /** When given, what the backend cannot store is an error at its place in the text. */
  capabilities?: TextCapabilities;
  /** Ids for the groups and conditions the parse creates (opaque conditions keep theirs). */
  newId: () => string;
}

export type ParseResult =
  { ok: true; root: Group; warnings: TextProblem[] } | { ok: false; errors: TextProblem[]; warnings: TextProblem[] };

/** What the text needed next where it ended: completions.ts turns it into suggestions. */
export type Expectation =
  | { kind: 'condition' }
  /** `from`: where the operator's words start, so a suggestion replaces the words typed so far. */
  | { kind: 'operator'; field: FieldDescriptor | undefined; from: number }
  | { kind: 'value'; field: FieldDescriptor | undefined; operator: OperatorId; list: 'open' | 'inside' | false }
  | { kind: 'word'; word: string }
  | { kind: 'connective' };

/** Everything one pass over the text learns; `root` is undefined after a syntax error. */
export interface Analysis {
  root: Group | undefined;
  errors: RawProblem[];
  warnings: RawProblem[];
  expectation: Expectation | undefined;
  tokens: Token[];
  /** Indices of the tokens the parser read as field references. */
  fieldTokens: ReadonlySet<number>;
}

/** Bracket nesting allowed in text; far beyond any backend, and it keeps recursion shallow. */
export const MAX_NESTING = 100;

const FOUND_LENGTH = 30;

interface Span {
  from: number;
  to: number;
}

interface Operand extends Span {
  node: TreeNode;
}

interface GroupOperand extends Operand {
  node: Group;
}

type RawValue =
  | { kind: 'none' }
  | { kind: 'one'; value: Literal }
  | { kind: 'two'; from: Literal; to: Literal }
  | { kind: 'list'; values: Literal[] };

const LITERAL_KINDS: Partial<Record<LexKind, Literal['kind']>> = {
  string: 'string',
  number: 'number',
  date: 'date',
  '?': 'blank',
};

type OperatorMatch =
  | { ok: true; ops: readonly OperatorId[]; key: string; from: number; to: number }
  | { ok: false; found: string; from: number; to: number; atEnd: boolean };

class Parser {
  pos = 0;
  private nesting = 0;
  readonly errors: RawProblem[] = [];
  readonly warnings: RawProblem[] = [];
  expectation: Expectation | undefined;
  readonly fieldTokens = new Set<number>();
  /**
   * Where each created node sits in the text, and where each chain's first and/or is, for the
   * limits checked once the tree is built; kept only when there are such limits, as it is most of
   * a large parse's cost otherwise.
   */
  private readonly spans: Map<TreeNode, Span> | undefined;
  private readonly joints: Map<Group, Span> | undefined;
  /** Groups made by mixing and/or without brackets; they are sealed when brackets surround them. */
  private readonly implicit = new Set<Group>();
  private readonly usedOpaque = new Set<string>();
  private conditionsReported = false;
  private readonly field: FieldLookup;

  constructor(
    private readonly text: string,
    private readonly tokens: readonly Token[],
    private readonly options: ParseOptions,
  ) {
    this.field = fieldLookup(options.catalog);
    const { maxDepth, maxConditionsPerGroup, fixedRootCombinator } = options.capabilities ?? {};
    if (maxDepth !== undefined || typeof maxConditionsPerGroup === 'number' || fixedRootCombinator) {
      this.spans = new Map();
      this.joints = new Map();
    }
  }

  /** The current token; `eof` is last and is never consumed, so this always exists. */
  private current(): Token {
    return this.tokens[this.pos]!;
  }

  /** What the text holds at a span, shortened for messages. */
  private found(at: Span): string {
    return this.text.slice(at.from, at.to).slice(0, FOUND_LENGTH);
  }

  private isWord(word: string): boolean {
    const token = this.current();
    return token.kind === 'word' && token.text.toLowerCase() === word;
  }

  private report(span: Span, code: TextProblemCode, params: TextProblemParams): void {
    this.errors.push({ from: span.from, to: span.to, code, params });
  }

  /**
   * Records a syntax error and returns undefined, which stops the parse. A token the lexer could
   * not read reports its own problem. At the end of the text, `expect` says what would have fit.
   */
  private fail(token: Token, code: TextProblemCode, params: TextProblemParams, expect?: Expectation): undefined {
    if (token.kind === 'eof') this.expectation = expect;
    this.errors.push(token.problem ?? { from: token.from, to: token.to, code, params });
    return undefined;
  }

  private record(node: TreeNode, from: number, to: number): Operand {
    this.spans?.set(node, { from, to });
    return { node, from, to };
  }

  private group(
    combinator: Combinator,
    items: readonly Operand[],
    from: number,
    to: number,
    not = false,
  ): GroupOperand {
    const children = items.map((item) => item.node);
    const plain: Group = { type: 'group', id: this.options.newId(), combinator, children };
    const node = not ? { ...plain, not } : plain;
    this.spans?.set(node, { from, to });
    return { node, from, to };
  }

  parseQuery(): Group | undefined {
    if (this.current().kind === 'eof') {
      this.expectation = { kind: 'condition' };
      return this.group('and', [], 0, 0).node;
    }
    const top = this.parseOr();
    if (!top) return undefined;
    if (this.current().kind !== 'eof')
      return this.fail(this.current(), 'expected_connective', { found: this.found(this.current()), closing: '' });
    this.expectation = { kind: 'connective' };
    return top.node.type === 'group' ? top.node : this.group('and', [top], top.from, top.to).node;
  }

  private parseOr(): Operand | undefined {
    return this.parseChain('or', () => this.parseAnd());
  }

  private parseAnd(): Operand | undefined {
    return this.parseChain('and', () => this.parseUnary());
  }

  private parseChain(combinator: Combinator, operand: () => Operand | undefined): Operand | undefined {
    const first = operand();
    if (!first) return undefined;
    const items = [first];
    const joint = this.current();
    while (this.isWord(combinator)) {
      this.pos += 1;
      const next = operand();
      if (!next) return undefined;
      items.push(next);
    }
    if (items.length === 1) return first;
    const chain = this.group(combinator, items, first.from, items.at(-1)!.to);
    this.implicit.add(chain.node);
    this.joints?.set(chain.node, spanOf(joint));
    return chain;
  }

  private parseUnary(): Operand | undefined {
    const nots: Token[] = [];
    while (this.isWord('not')) {
      if (this.options.capabilities?.not === false) this.report(this.current(), 'not_supported', {});
      nots.push(this.current());
      this.pos += 1;
    }
    let operand = this.parsePrimary();
    if (!operand) return undefined;
    for (const not of nots.reverse()) {
      const node: TreeNode = operand.node;
      // Whatever a primary returns as a group came in brackets, so `not` may negate it in place.
      if (node.type === 'group' && !node.not) {
        const negated: Group = { ...node, not: true };
        const joint = this.joints?.get(node);
        if (joint) this.joints!.set(negated, joint);
        operand = this.record(negated, not.from, operand.to);
      } else operand = this.group('and', [operand], not.from, operand.to, true);
    }
    return operand;
  }

  private parsePrimary(): Operand | undefined {
    const token = this.current();
    switch (token.kind) {
      case '(':
        return this.parseBracketed(token.from, undefined);
      case 'opaque':
        return this.parseOpaque(token);
      case 'quoted':
      case 'string':
        return this.parseCondition(token);
      case 'word': {
        const word = token.text.toLowerCase();
        if (word === 'all' || word === 'any') {
          this.pos += 1;
          if (this.current().kind !== '(')
            return this.fail(
              this.current(),
              'expected',
              { expected: '(', found: this.found(this.current()) },
              { kind: 'word', word: '(' },
            );
          return this.parseBracketed(token.from, word === 'all' ? 'and' : 'or');
        }
        // "not" never gets here (parseUnary takes it), so this is a stray "and" or "or".
        if (STRUCTURAL_WORDS.has(word)) return this.fail(token, 'expected_condition', { found: this.found(token) });
        return this.parseCondition(token);
      }
      default:
        return this.fail(token, 'expected_condition', { found: this.found(token) }, { kind: 'condition' });
    }
  }

  /** From an opening parenthesis; `combinator` is set for `all(…)` and `any(…)`. */
  private parseBracketed(from: number, combinator: Combinator | undefined): Operand | undefined {
    if (this.nesting >= MAX_NESTING) return this.fail(this.current(), 'nesting_too_deep', { limit: MAX_NESTING });
    this.nesting += 1;
    this.pos += 1;
    const items: Operand[] = [];
    if (this.current().kind !== ')') {
      for (;;) {
        const item = this.parseOr();
        if (!item) return undefined;
        items.push(item);
        if (combinator === undefined || this.current().kind !== ',') break;
        this.pos += 1;
      }
    }
    const close = this.current();
    if (close.kind !== ')') {
      const closing = combinator === undefined ? ')' : ', )';
      return this.fail(close, 'expected_connective', { found: this.found(close), closing }, { kind: 'connective' });
    }
    this.pos += 1;
    this.nesting -= 1;
    const to = close.to;
    if (combinator !== undefined) return this.group(combinator, items, from, to);
    const [only] = items;
    if (only?.node.type === 'group' && this.implicit.delete(only.node)) return this.record(only.node, from, to);
    return this.group('and', only ? [only] : [], from, to);
  }

  private leaf(node: TreeNode, from: number, to: number): Operand {
    if (this.options.capabilities?.conditions === false && !this.conditionsReported) {
      this.conditionsReported = true;
      this.report({ from, to }, 'conditions_not_supported', {});
    }
    return this.record(node, from, to);
  }

  private parseOpaque(token: Token): Operand {
    this.pos += 1;
    const id = token.text;
    const node = this.options.opaque?.get(id);
    if (!node) this.report(token, 'opaque_unknown', { id });
    else if (this.usedOpaque.has(id)) this.report(token, 'opaque_duplicate', { id });
    this.usedOpaque.add(id);
    // An unknown id already failed the parse; the stand-in only lets it go on to find more problems.
    const standIn: OpaqueCondition = { type: 'opaque', id, vendor: '', label: token.label!, raw: null };
    return this.leaf(node ?? standIn, token.from, token.to);
  }

  /** The longest operator spelling at the cursor; an operator's words may be joined by underscores. */
  private matchOperator(): OperatorMatch {
    const { tokens } = this;
    const start = this.pos;
    const pieces: string[] = [];
    // For each piece, the index of the token after it when the piece ends its token, else -1.
    const ends: number[] = [];
    let i = start;
    while (pieces.length < MAX_OPERATOR_WORDS && (tokens[i]!.kind === 'word' || tokens[i]!.kind === 'symbol')) {
      const parts = tokens[i]!.text.toLowerCase().split('_');
      i += 1;
      for (let k = 0; k < parts.length; k++) {
        pieces.push(parts[k]!);
        ends.push(k === parts.length - 1 ? i : -1);
      }
    }
    for (let n = Math.min(pieces.length, MAX_OPERATOR_WORDS); n > 0; n--) {
      const end = ends[n - 1]!;
      const key = pieces.slice(0, n).join(' ');
      const ops = end < 0 ? undefined : OPERATORS_BY_SPELLING.get(key);
      if (ops) {
        this.pos = end;
        return { ok: true, ops, key, from: tokens[start]!.from, to: tokens[end - 1]!.to };
      }
    }
    const first = tokens[start]!;
    const last = tokens[Math.max(i - 1, start)]!;
    const found = this.text.slice(first.from, last.to).slice(0, FOUND_LENGTH);
    return { ok: false, found, from: first.from, to: last.to, atEnd: tokens[i]!.kind === 'eof' };
  }

  private parseCondition(fieldToken: Token): Operand | undefined {
    this.fieldTokens.add(this.pos);
    this.pos += 1;
    const written = fieldToken.text;
    const field = this.field(written);
    if (!field) this.warnings.push({ ...spanOf(fieldToken), code: 'field_unknown', params: { field: written } });

    const match = this.matchOperator();
    if (!match.ok) {
      if (match.atEnd) this.expectation = { kind: 'operator', field, from: match.from };
      const params = { found: match.found, field: written, allowed: allowedSpellings(field) };
      const problem = this.tokens[this.pos]!.problem;
      this.errors.push(problem ?? { ...spanOf(match), code: 'unknown_operator', params });
      return undefined;
    }

    let operator: OperatorId | undefined;
    let checkValues = true;
    if (field) {
      operator = match.ops.find((op) => isOperatorAllowed(field.type, op));
      const storable = this.options.capabilities?.operators?.[field.type];
      if (operator === undefined) {
        // The value is still read, but not judged against an operator that does not apply.
        checkValues = false;
        const allowed = allowedSpellings(field);
        this.report(match, 'operator_not_for_type', { operator: match.key, field: written, type: field.type, allowed });
      } else if (storable && !storable.includes(operator)) {
        this.report(match, 'operator_not_supported', { operator: match.key, type: field.type });
      }
    }

    // Operators that share a spelling share the value's shape (spellings.test.ts checks it).
    const shape = operator ?? match.ops[0]!;
    const raw = this.parseValue(shape, field);
    if (!raw) return undefined;
    const literals = literalsOf(raw);
    let type = field?.type;
    if (!field) {
      const guess = typeOfLiterals(literals);
      operator = match.ops.find((op) => isOperatorAllowed(guess, op)) ?? shape;
      type = isOperatorAllowed(guess, operator) ? guess : typesFor(operator)[0]!;
    }
    const chosen = operator ?? shape;
    const value = this.convert(raw, chosen, type!, field, written, checkValues);
    const condition: Condition = {
      type: 'condition',
      id: this.options.newId(),
      field: field?.name ?? written,
      operator: chosen,
      value,
    };
    return this.leaf(condition, fieldToken.from, this.tokens[this.pos - 1]!.to);
  }

  private parseValue(op: OperatorId, field: FieldDescriptor | undefined): RawValue | undefined {
    const expect = (list: 'open' | 'inside' | false): Expectation => ({ kind: 'value', field, operator: op, list });
    switch (OPERATORS[op].arity) {
      case 'none':
        return { kind: 'none' };
      case 'one': {
        const value = this.literal(expect(false));
        const suffix = OPERATOR_SPELLINGS[op].suffix;
        if (!value || (suffix && !this.suffix(suffix))) return undefined;
        return { kind: 'one', value };
      }
      case 'two': {
        const from = this.literal(expect(false));
        if (!from) return undefined;
        if (!this.isWord('and'))
          return this.fail(
            this.current(),
            'expected',
            { expected: 'and', found: this.found(this.current()) },
            { kind: 'word', word: 'and' },
          );
        this.pos += 1;
        const to = this.literal(expect(false));
        return to && { kind: 'two', from, to };
      }
      case 'list': {
        if (this.current().kind !== '[')
          return this.fail(
            this.current(),
            'expected',
            { expected: '[', found: this.found(this.current()) },
            expect('open'),
          );
        this.pos += 1;
        const values: Literal[] = [];
        while (this.current().kind !== ']') {
          const value = this.literal(expect('inside'));
          if (!value) return undefined;
          values.push(value);
          if (this.current().kind === ',') this.pos += 1;
          else if (this.current().kind !== ']')
            return this.fail(this.current(), 'expected', { expected: ']', found: this.found(this.current()) });
        }
        this.pos += 1;
        return { kind: 'list', values };
      }
    }
  }

  private literal(expect: Expectation): Literal | undefined {
    const token = this.current();
    let kind = LITERAL_KINDS[token.kind];
    if (token.kind === 'word') {
      const word = token.text.toLowerCase();
      if (!BOOLEAN_WORDS.has(word)) {
        // A bare word where a value belongs is almost always text without its quotes.
        const code = STRUCTURAL_WORDS.has(word) ? 'expected_value' : 'unquoted_text';
        return this.fail(token, code, { found: this.found(token) });
      }
      kind = 'boolean';
    }
    if (!kind) return this.fail(token, 'expected_value', { found: this.found(token) }, expect);
    this.pos += 1;
    return { kind, text: token.text, from: token.from, to: token.to };
  }

  /** The words after a value ("days", "days ago"); "day" and "days_ago" are read the same way. */
  private suffix(words: readonly string[]): boolean {
    let k = 0;
    while (k < words.length) {
      const token = this.current();
      const parts = token.kind === 'word' ? token.text.toLowerCase().split('_') : [];
      const rest = words.slice(k);
      const fits =
        parts.length > 0 &&
        parts.length <= rest.length &&
        parts.every((part, j) => part === rest[j] || part === SINGULAR.get(rest[j]!));
      if (!fits) {
        const word = rest[0]!;
        this.fail(token, 'expected', { expected: word, found: this.found(token) }, { kind: 'word', word });
        return false;
      }
      k += parts.length;
      this.pos += 1;
    }
    return true;
  }

  /** Turns literals into scalars for the operator's editor on the field, reporting misfits in place. */
  private convert(
    raw: RawValue,
    op: OperatorId,
    type: FieldType,
    field: FieldDescriptor | undefined,
    written: string,
    check: boolean,
  ): ConditionValue {
    const editor = editorFor(type, op);
    const options = field && (editor === 'enum' || editor === 'enum-multi') ? valueOptionsFor(field, op) : undefined;
    const scalar = (literal: Literal): Scalar => {
      const result = literalToScalar(literal, editor);
      if (!result.ok) {
        if (check) {
          const params: TextProblemParams =
            result.code === 'date_invalid'
              ? { value: literal.text }
              : { expected: editor, found: this.found(literal), field: written };
          this.report(literal, result.code, params);
        }
        return literal.text;
      }
      return options && result.scalar !== '' ? this.option(result.scalar, options, literal, written) : result.scalar;
    };
    switch (raw.kind) {
      case 'none':
        return raw;
      case 'one':
        return { kind: 'one', value: scalar(raw.value) };
      case 'two':
        return { kind: 'two', from: scalar(raw.from), to: scalar(raw.to) };
      case 'list':
        return { kind: 'list', values: raw.values.map(scalar) };
    }
  }

  /** An enum value as the option it names, with a warning when it names none. */
  private option(scalar: Scalar, options: readonly FieldOption[], at: Span, field: string): Scalar {
    const match = matchOption(scalar, options);
    if (!match.known)
      this.warnings.push({ ...spanOf(at), code: 'unknown_option', params: { value: String(scalar), field } });
    return match.scalar;
  }

  /** Backend limits on the shape of the tree, reported where the offending group or condition is. */
  checkStructure(root: Group): void {
    const { spans, joints } = this;
    if (!spans || !joints) return;
    const { maxDepth, maxConditionsPerGroup, fixedRootCombinator } = this.options.capabilities!;
    if (fixedRootCombinator && root.combinator !== fixedRootCombinator) {
      // At the first "or" that joins the root's children; a root written as any(…) at its start.
      const at = joints.get(root) ?? spans.get(root)!;
      this.report(at, 'root_combinator_fixed', { combinator: fixedRootCombinator });
    }
    const visit = (group: Group, level: number): void => {
      if (maxDepth !== undefined && level > maxDepth) {
        // Only the first level too deep is reported: the deeper ones sit inside it.
        const code = this.implicit.has(group) ? 'depth_exceeded_mixed' : 'depth_exceeded';
        this.report(spans.get(group)!, code, { limit: maxDepth });
        return;
      }
      const limit = maxConditionsPerGroup ?? Number.POSITIVE_INFINITY;
      const extra = group.children[limit];
      if (extra) this.report(spans.get(extra)!, 'too_many_conditions', { limit });
      for (const child of group.children) if (child.type === 'group') visit(child, level + 1);
    };
    visit(root, 1);
  }
}

function spanOf(at: Span): Span {
  return { from: at.from, to: at.to };
}

function literalsOf(raw: RawValue): Literal[] {
  switch (raw.kind) {
    case 'none':
      return [];
    case 'one':
      return [raw.value];
    case 'two':
      return [raw.from, raw.to];
    case 'list':
      return raw.values;
  }
}

/** The opaque conditions of a tree by id: what `parseQuery` needs to restore them verbatim. */
export function opaqueNodesOf(root: Group): Map<string, OpaqueCondition> {
  const found = new Map<string, OpaqueCondition>();
  walk(root, (node) => {
    if (node.type === 'opaque') found.set(node.id, node);
  });
  return found;
}

/** One pass over the text: the tree (unless the syntax is broken), problems, and what fits next. */
export function analyse(text: string, options: ParseOptions): Analysis {
  const tokens = lex(text);
  const parser = new Parser(text, tokens, options);
  const root = parser.parseQuery();
  if (root) parser.checkStructure(root);
  return {
    root,
    errors: parser.errors,
    warnings: parser.warnings,
    expectation: parser.expectation,
    tokens,
    fieldTokens: parser.fieldTokens,
  };
}

/**
 * Reads one block's conditions from text. Never throws: any string gives either the root group
 * with warnings, or the errors (and warnings) with their positions.
 */
export function parseQuery(text: string, options: ParseOptions): ParseResult {
  const { root, errors, warnings } = analyse(text, options);
  const located = locateProblems(text, warnings);
  if (root && errors.length === 0) return { ok: true, root, warnings: located };
  return { ok: false, errors: locateProblems(text, errors), warnings: located };
}
