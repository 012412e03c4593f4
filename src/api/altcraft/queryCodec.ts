/** One condition ⇄ one Altcraft query, through the spelling tables of operators.ts. */
import type { Condition, ConditionValue, OpaqueCondition, Scalar } from '@/domain/model';
import { isOperatorAllowed } from '@/domain/operators';
import { unsupported } from '../errors';
import { jsonEqual } from '../json';
import { fieldTypeOf } from './fieldTypes';
import { isEmptyReadFormKey } from './nesting';
import { candidatesFor, OPERATOR_SPELLINGS, type ArgCodec } from './operators';
import type { AltcraftArg, AltcraftQuery } from './wire';

const QUERY_KEYS = new Set(['compo', 'name', 'operator', 'type', 'value']);

const isScalar = (value: unknown): value is Scalar =>
  typeof value === 'string' || typeof value === 'boolean' || (typeof value === 'number' && Number.isFinite(value));

export function encodeArgs(codec: ArgCodec, value: ConditionValue): AltcraftArg[] | null {
  switch (codec.kind) {
    case 'none':
      return value.kind === 'none' ? [] : null;
    case 'fixed':
      return value.kind === 'none' ? [{ name: codec.name, value: codec.value }] : null;
    case 'one':
      return value.kind === 'one' ? [{ name: codec.name, value: value.value }] : null;
    case 'two':
      return value.kind === 'two'
        ? [
            { name: codec.from, value: value.from },
            { name: codec.to, value: value.to },
          ]
        : null;
    case 'list':
      return value.kind === 'list' ? value.values.map((item) => ({ name: codec.name, value: item })) : null;
  }
}

export function decodeArgs(codec: ArgCodec, args: readonly AltcraftArg[]): ConditionValue | null {
  const [first, second] = args;
  switch (codec.kind) {
    case 'none':
      return args.length === 0 ? { kind: 'none' } : null;
    case 'fixed':
      return args.length === 1 && first?.name === codec.name && first.value === codec.value ? { kind: 'none' } : null;
    case 'one':
      return args.length === 1 && first?.name === codec.name && isScalar(first.value)
        ? { kind: 'one', value: first.value }
        : null;
    case 'two':
      return args.length === 2 &&
        first?.name === codec.from &&
        second?.name === codec.to &&
        isScalar(first.value) &&
        isScalar(second.value)
        ? { kind: 'two', from: first.value, to: second.value }
        : null;
    case 'list':
      return args.every((arg) => arg.name === codec.name && isScalar(arg.value))
        ? { kind: 'list', values: args.map((arg) => arg.value as Scalar) }
        : null;
  }
}

/** The query for a condition on a field of the given Altcraft type, in the documented key order. */
export function encodeCondition(condition: Condition, wireType: string): AltcraftQuery {
  const fieldType = fieldTypeOf(wireType);
  if (!fieldType) throw unsupported({ code: 'field_type_unsaved', params: { type: wireType } });
  const spelling = OPERATOR_SPELLINGS[fieldType][condition.operator];
  if (!spelling) {
    throw unsupported({ code: 'operator_unsaved', params: { operator: condition.operator, field: condition.field } });
  }
  const value = encodeArgs(spelling.args, condition.value);
  if (!value) throw unsupported({ code: 'value_unfit', params: { field: condition.field } });
  return { compo: spelling.compo, name: condition.field, operator: spelling.operator, type: wireType, value };
}

function withoutEmptyReadFormKeys(query: AltcraftQuery): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query).filter(([key, value]) => !isEmptyReadFormKey(key, value)));
}

/**
 * The condition a query stands for, or null when the adapter does not fully understand it: an
 * unknown key, type, operator, compo or argument. Understood means re-encoding gives the same
 * query back, so nothing can be lost on save.
 */
export function decodeCondition(query: AltcraftQuery, id: string): Condition | null {
  const plain = withoutEmptyReadFormKeys(query);
  if (Object.keys(plain).some((key) => !QUERY_KEYS.has(key))) return null;
  const fieldType = fieldTypeOf(query.type);
  if (!fieldType || query.name === '') return null;
  for (const [operator, spelling] of candidatesFor(fieldType, query.operator, query.compo)) {
    const value = decodeArgs(spelling.args, query.value);
    if (!value || !isOperatorAllowed(fieldType, operator)) continue;
    const condition: Condition = { type: 'condition', id, field: query.name, operator, value };
    if (jsonEqual(encodeCondition(condition, query.type), plain)) return condition;
  }
  return null;
}

function describeArgs(args: readonly AltcraftArg[]): string {
  return args.map((arg) => (isScalar(arg.value) ? String(arg.value) : JSON.stringify(arg.value))).join(', ');
}

/** A read-only stand-in that keeps the query verbatim. */
export function opaqueQuery(query: AltcraftQuery, id: string): OpaqueCondition {
  const label = [query.name || query.type, query.operator, describeArgs(query.value)].filter(Boolean).join(' ');
  return { type: 'opaque', id, vendor: 'altcraft', label: label || 'Altcraft condition', raw: query };
}
