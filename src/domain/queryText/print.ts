/**
 * Text mode's printer: one block's root group as the query language of parse.ts, written so that
 * parsing it gives the same tree back (ids aside; opaque conditions keep theirs).
 *
 * How brackets are chosen, mirroring the rules at the top of parse.ts:
 * - a nested group always has brackets: `(a or b)`, `(a)` for one child that must all match,
 *   `any(a)` for one child of an any-group, `all()` / `any()` for none; so precedence never matters;
 * - `not` goes before the brackets: `not (a and b)`, `not (a)`, `not any(a)`;
 * - the root goes bare (`a and (b or c)`) whenever the bare form reads back as the same root:
 *   not negated, and two or more children, or an all-group with no children or one condition.
 *   Otherwise it is written like a nested group: `any(a)`, `not (a and b)`, `((a or b))`.
 * Long groups break over lines, one child per line with its combinator first, indented by depth.
 */
import type { Condition, FieldCatalog, FieldDescriptor, Group, OpaqueCondition, Scalar, TreeNode } from '../model';
import { editorFor, inferFieldType } from '../operators';
import { scalarText } from './scalars';
import { OPERATOR_SPELLINGS, spellingOf, STRUCTURAL_WORDS, suffixWord } from './spellings';
import { IDENTIFIER, OPAQUE_CLOSE, OPAQUE_ID_MARK, OPAQUE_OPEN, quote } from './tokenizer';

export interface PrintOptions {
  /** Lines longer than this break a group over several lines; Infinity keeps everything on one line. */
  width?: number;
}

export const DEFAULT_WIDTH = 80;

const INDENT = '  ';

/** A field as written: bare when it reads as one identifier that is not a keyword, else in backticks. */
export function fieldText(name: string): string {
  return IDENTIFIER.test(name) && !STRUCTURAL_WORDS.has(name.toLowerCase()) ? name : quote(name, '`', '`');
}

/** `⟦label #id⟧`: the label is for people; the id is how the parser finds the node again. */
export function opaqueText(node: OpaqueCondition): string {
  const escape = (part: string) => quote(part, '', '', OPAQUE_ID_MARK + OPAQUE_CLOSE);
  return `${OPAQUE_OPEN}${escape(node.label)} ${OPAQUE_ID_MARK}${escape(node.id)}${OPAQUE_CLOSE}`;
}

function conditionText(condition: Condition, field: FieldDescriptor | undefined): string {
  const { operator, value } = condition;
  const editor = editorFor(field?.type ?? inferFieldType(condition), operator);
  const text = (scalar: Scalar) => scalarText(scalar, editor);
  const head = `${fieldText(condition.field)} ${spellingOf(operator)}`;
  switch (value.kind) {
    case 'none':
      return head;
    case 'one': {
      const suffix = OPERATOR_SPELLINGS[operator].suffix;
      // "1 day", "30 days": the parser reads both.
      const words = suffix?.map((word) => suffixWord(word, value.value));
      return [head, text(value.value), ...(words ?? [])].join(' ');
    }
    case 'two':
      return `${head} ${text(value.from)} and ${text(value.to)}`;
    case 'list':
      return `${head} [${value.values.map(text).join(', ')}]`;
  }
}

/** The opening bracket of a nested group; the closing one is always ")". */
function opener(group: Group): string {
  const { combinator, children } = group;
  if (children.length >= 2 || (combinator === 'and' && children.length === 1)) return '(';
  return combinator === 'and' ? 'all(' : 'any(';
}

/** A group written on one line, with its children's texts kept for breaking it over lines. */
interface GroupText {
  inline: string;
  parts: string[];
}

class Printer {
  private readonly groups = new Map<Group, GroupText>();
  private readonly fields: Map<string, FieldDescriptor>;

  constructor(
    catalog: FieldCatalog,
    readonly width: number,
  ) {
    // The first of duplicate names wins, as in the parser's lookup.
    this.fields = new Map([...catalog].reverse().map((field) => [field.name, field] as const));
  }

  /** A node on one line. Every node is written once, however often layout looks at it. */
  inline(node: TreeNode): string {
    if (node.type === 'condition') return conditionText(node, this.fields.get(node.field));
    if (node.type === 'opaque') return opaqueText(node);
    return this.group(node).inline;
  }

  group(group: Group): GroupText {
    let text = this.groups.get(group);
    if (!text) {
      const parts = group.children.map((child) => this.inline(child));
      text = { inline: this.nested(group, this.joined(group, parts)), parts };
      this.groups.set(group, text);
    }
    return text;
  }

  joined(group: Group, parts: readonly string[]): string {
    return parts.join(` ${group.combinator} `);
  }

  nested(group: Group, inner: string): string {
    return `${group.not ? 'not ' : ''}${opener(group)}${inner})`;
  }

  /** A child starting `column` characters into a line whose indentation is `depth` levels. */
  layout(node: TreeNode, inline: string, depth: number, column: number): string {
    if (node.type !== 'group' || column + inline.length <= this.width) return inline;
    const pad = INDENT.repeat(depth + 1);
    return this.nested(node, `\n${this.lines(node, depth + 1, pad)}\n${INDENT.repeat(depth)}`);
  }

  /** A group's children one per line, each after the combinator that joins it to the one before. */
  lines(group: Group, depth: number, pad: string): string {
    const { parts } = this.group(group);
    return group.children
      .map((child, i) => {
        const head = i === 0 ? '' : `${group.combinator} `;
        return pad + head + this.layout(child, parts[i]!, depth, pad.length + head.length);
      })
      .join('\n');
  }
}

/** Whether the root can go without brackets and still read back as itself (see the top of the file). */
function isBare(root: Group): boolean {
  if (root.not) return false;
  const [first, second] = root.children;
  if (second) return true;
  return root.combinator === 'and' && first?.type !== 'group';
}

/** One block's conditions as text, e.g. `city = "Moscow" and (age > 18 or tier in ["gold"])`. */
export function printGroup(root: Group, catalog: FieldCatalog, options: PrintOptions = {}): string {
  const printer = new Printer(catalog, options.width ?? DEFAULT_WIDTH);
  if (!isBare(root)) return printer.layout(root, printer.inline(root), 0, 0);
  const inline = printer.joined(root, printer.group(root).parts);
  return inline.length <= printer.width ? inline : printer.lines(root, 0, '');
}
