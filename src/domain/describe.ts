/**
 * Plain-language descriptions of segments, groups and conditions. All wording comes from the
 * locale object; this module only decides what to say and in which order.
 */
import { formatDate, formatDateTime, formattersFor } from './formats';
import { en } from './locale/en';
import type { DomainLocale, PhraseParts } from './locale/types';
import type {
  Block,
  Condition,
  EditorKind,
  FieldCatalog,
  FieldDescriptor,
  Group,
  OpaqueCondition,
  Scalar,
  Segment,
} from './model';
import {
  editorFor,
  editorForField,
  inferFieldType,
  isBlankScalar,
  isIsoDate,
  isIsoDateTime,
  scalarsOf,
  valueOptionsFor,
} from './operators';
import { isFullSample } from './sample';
import { toOptionKey } from './values';

export interface DescribeOptions {
  catalog: FieldCatalog;
  locale?: DomainLocale;
}

export interface DescribeSegmentOptions extends DescribeOptions {
  databaseName?: string;
}

function formatScalar(
  scalar: Scalar | undefined,
  editor: EditorKind,
  options: FieldDescriptor['options'],
  locale: DomainLocale,
): string {
  if (scalar === undefined || isBlankScalar(scalar)) return locale.missingValue;
  const option = options?.find((o) => toOptionKey(o.value) === toOptionKey(scalar));
  if (option) return option.label;
  if (typeof scalar === 'number') return formattersFor(locale.tag).number.format(scalar);
  if (editor === 'date' && isIsoDate(String(scalar))) return formatDate(String(scalar), locale.tag);
  if (editor === 'datetime' && isIsoDateTime(String(scalar))) return formatDateTime(String(scalar), locale.tag);
  return String(scalar);
}

/**
 * How one value of a condition is written for people: an option's label, a number or a date in the
 * locale's format, "…" for a missing one. The summary and the read-only tree both write values so.
 */
export function valueFormatter(condition: Condition, options: DescribeOptions): (scalar: Scalar | undefined) => string {
  const locale = options.locale ?? en;
  const field = options.catalog.find((f) => f.name === condition.field);
  const type = field?.type ?? inferFieldType(condition);
  const editor = field ? editorForField(field, condition.operator) : editorFor(type, condition.operator);
  const choices = field && valueOptionsFor(field, condition.operator);
  return (scalar) => formatScalar(scalar, editor, choices, locale);
}

/** The formatted parts of a condition that the locale's phrases are made of. */
export function phraseParts(condition: Condition, options: DescribeOptions): PhraseParts {
  const locale = options.locale ?? en;
  const field = options.catalog.find((f) => f.name === condition.field);
  const text = valueFormatter(condition, options);
  const scalars = scalarsOf(condition.value);
  const [first, second] = scalars;
  const list = scalars.map(text);
  return {
    field: field?.label ?? condition.field,
    value: text(first),
    from: text(first),
    to: text(second),
    values: scalars.length > 0 ? formattersFor(locale.tag).list.format(list) : locale.missingValue,
    list,
    count: typeof first === 'number' ? first : 0,
    toCount: typeof second === 'number' ? second : 0,
  };
}

export function describeCondition(condition: Condition | OpaqueCondition, options: DescribeOptions): string {
  const locale = options.locale ?? en;
  if (condition.type === 'opaque') return locale.opaque(condition.label);
  return locale.phrases[condition.operator](phraseParts(condition, options));
}

function groupText(group: Group, options: DescribeOptions, locale: DomainLocale, nested: boolean): string {
  const parts = group.children.map((child) =>
    child.type === 'group' ? groupText(child, options, locale, true) : describeCondition(child, options),
  );
  const inner = parts.length === 0 ? locale.emptyGroup : parts.join(` ${locale.combinators[group.combinator]} `);
  if (group.not) return locale.not(inner);
  return nested && parts.length > 1 ? `(${inner})` : inner;
}

/** The group as one phrase, nested groups in parentheses: "gender is Female and (city is A or city is B)". */
export function describeGroup(group: Group, options: DescribeOptions): string {
  return groupText(group, options, options.locale ?? en, false);
}

function blockParts(block: Block, options: DescribeOptions, locale: DomainLocale): string[] {
  const { root, sample, limit } = block;
  const parts = [
    root.children.length === 0 && !root.not
      ? locale.segment.allProfiles
      : locale.segment.where(describeGroup(root, options)),
  ];
  if (!isFullSample(sample)) parts.push(locale.segment.sample(sample.from, sample.to));
  if (limit > 0) parts.push(locale.segment.limit(formattersFor(locale.tag).number.format(limit), limit));
  return parts;
}

/**
 * One sentence for the whole segment, e.g. `Dynamic segment of “Customers”: profiles where gender
 * is Female and (city is Moscow or city is Saint Petersburg); 10–50% sample; at most 5,000 profiles.`
 */
export function describeSegment(segment: Segment, options: DescribeSegmentOptions): string {
  const locale = options.locale ?? en;
  const { segment: words } = locale;
  const kind = words.kind(segment.kind, segment.refreshDaily);
  const head = options.databaseName === undefined ? kind : words.ofDatabase(kind, options.databaseName);
  if (segment.kind === 'static') return words.sentence(head, words.staticBody);
  const blocks = segment.blocks.map((block) => blockParts(block, options, locale));
  const [only] = blocks;
  if (!only) return words.sentence(head, words.noBlocks);
  return words.sentence(head, blocks.length === 1 ? words.blockParts(only) : words.blocks(blocks));
}
