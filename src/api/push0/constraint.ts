/** One condition ⇄ one Push0 constraint `{field, relation, value}`, through the table of operators.ts. */
import type { Condition, ConditionValue, OpaqueCondition } from '@/domain/model';
import { OPERATORS } from '@/domain/operators';
import { unsupported } from '../errors';
import type { DetailText } from '../messages';
import { jsonEqual } from '../json';
import { PUSH0_UNCONFIRMED } from './endpoints';
import { push0FieldType, type Push0FieldType } from './fieldTypes';
import { canonicalRelation, operatorFor, relationFor } from './operators';
import { decodeScalar, encodeScalar, scalarNeed } from './values';
import { push0ConstraintSchema, type Push0Constraint } from './wire';

export const PUSH0_VENDOR = 'push0';

type Encoded = { ok: true; constraint: Push0Constraint } | { ok: false; detail: DetailText };

function encodeValue(type: Push0FieldType, value: ConditionValue): { ok: true; value: unknown } | { ok: false } {
  if (value.kind === 'none') return { ok: true, value: PUSH0_UNCONFIRMED.existsValue };
  if (value.kind !== 'one') return { ok: false };
  const wire = encodeScalar(type, value.value);
  return wire === null ? { ok: false } : { ok: true, value: wire };
}

/** The constraint for a condition, or why Push0 cannot store it. Never throws. */
function tryEncode(condition: Condition): Encoded {
  const { field, operator } = condition;
  const type = push0FieldType(field);
  if (!type) return { ok: false, detail: { code: 'field_missing', params: { vendor: 'Push0', field } } };
  const relation = relationFor(type, operator);
  if (!relation) return { ok: false, detail: { code: 'operator_unsaved', params: { operator, field } } };
  const value = encodeValue(type, condition.value);
  if (!value.ok) {
    return { ok: false, detail: { code: 'value_unsaved', params: { vendor: 'Push0', field, need: scalarNeed(type) } } };
  }
  return { ok: true, constraint: { field, relation, value: value.value } };
}

/** The constraint for a condition; an ApiError 'unsupported' for what Push0 cannot store. */
export function encodeConstraint(condition: Condition): Push0Constraint {
  const encoded = tryEncode(condition);
  if (!encoded.ok) throw unsupported(encoded.detail);
  return encoded.constraint;
}

function decodeValue(type: Push0FieldType, arity: 'none' | 'one', value: unknown): ConditionValue | null {
  if (arity === 'none') return { kind: 'none' };
  const scalar = decodeScalar(type, value);
  return scalar === null ? null : { kind: 'one', value: scalar };
}

/**
 * The condition a constraint stands for, or null when the adapter does not fully understand it:
 * an unknown field, relation, key or value. Understood means that encoding the condition gives
 * the same constraint back (a relation alias aside), so nothing can be lost on save.
 */
export function decodeConstraint(raw: unknown, id: string): Condition | null {
  const parsed = push0ConstraintSchema.safeParse(raw);
  if (!parsed.success) return null;
  const type = push0FieldType(parsed.data.field);
  if (!type) return null;
  const relation = canonicalRelation(parsed.data.relation);
  const operator = operatorFor(type, relation);
  if (!operator) return null;
  const arity = OPERATORS[operator].arity;
  if (arity !== 'none' && arity !== 'one') return null;
  const value = decodeValue(type, arity, parsed.data.value);
  if (!value) return null;
  const condition: Condition = { type: 'condition', id, field: parsed.data.field, operator, value };
  const encoded = tryEncode(condition);
  return encoded.ok && jsonEqual(encoded.constraint, { ...parsed.data, relation }) ? condition : null;
}

const MAX_LABEL = 80;

function describe(value: unknown): string {
  const text = typeof value === 'string' ? value : (JSON.stringify(value) ?? String(value));
  return text.length > MAX_LABEL ? `${text.slice(0, MAX_LABEL - 1)}…` : text;
}

/** A read-only stand-in that keeps the item verbatim. */
export function opaqueConstraint(raw: unknown, id: string): OpaqueCondition {
  const parsed = push0ConstraintSchema.safeParse(raw);
  const label = parsed.success
    ? [parsed.data.field, parsed.data.relation, describe(parsed.data.value)].join(' ')
    : describe(raw);
  return { type: 'opaque', id, vendor: PUSH0_VENDOR, label: label.trim() || 'Push0 rule', raw };
}
