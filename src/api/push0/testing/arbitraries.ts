/**
 * fast-check arbitraries for the Push0 property tests: wire segments as a server could store them
 * (understood constraints, aliases, odd key orders and constraints the builder does not model),
 * and domain trees within Push0's capabilities. Test-only.
 */
import * as fc from 'fast-check';
import type { Condition, FieldDescriptor, Group, OpaqueCondition, OperatorId, Scalar, TreeNode } from '@/domain/model';
import { OPERATORS } from '@/domain/operators';
import { PUSH0_VENDOR } from '../constraint';
import { PUSH0_UNCONFIRMED, PUSH0_MAX_CONSTRAINTS_PER_GROUP } from '../endpoints';
import { PUSH0_FIELDS } from '../fields';
import { PUSH0_FIELD_TYPES, type Push0FieldName, type Push0FieldType } from '../fieldTypes';
import { PUSH0_RELATIONS } from '../operators';
import { epochToLocal } from '../values';

const FIELD_NAMES = Object.keys(PUSH0_FIELD_TYPES) as Push0FieldName[];

/** Instants from 1900 to 2200. */
const epochArb = fc.integer({ min: -2_208_988_800_000, max: 7_258_118_400_000 });

/** A wire value of the type a field holds, as the adapter writes it. */
function wireValueArb(type: Push0FieldType): fc.Arbitrary<unknown> {
  switch (type) {
    case 'number':
      return fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    case 'date':
      return epochArb;
    case 'enum':
      return fc.oneof(fc.constantFrom('PL', 'eng', 'Europe/Warsaw', 'phone', 'tablet'), fc.string());
    default:
      return fc.string();
  }
}

const relationsOf = (type: Push0FieldType) => Object.entries(PUSH0_RELATIONS[type]) as Array<[OperatorId, string]>;

/** A constraint the adapter understands, sometimes with an alias or its keys in another order. */
const understoodArb: fc.Arbitrary<Record<string, unknown>> = fc
  .constantFrom(...FIELD_NAMES)
  .chain((field) => {
    const type = PUSH0_FIELD_TYPES[field];
    return fc.tuple(fc.constant(field), fc.constantFrom(...relationsOf(type)), wireValueArb(type), fc.boolean());
  })
  .map(([field, [operator, relation], value, reordered]) => {
    const wireValue = OPERATORS[operator].arity === 'none' ? PUSH0_UNCONFIRMED.existsValue : value;
    return reordered ? { value: wireValue, relation, field } : { field, relation, value: wireValue };
  });

const aliasedArb = understoodArb.map((constraint) => {
  if (constraint.relation === '==') return { ...constraint, relation: 'EQUALS' };
  return constraint.relation === 'contains' ? { ...constraint, relation: 'CONTAINS' } : constraint;
});

/** Constraints the builder does not model: each must come back verbatim. */
const strangeArb: fc.Arbitrary<unknown> = fc.oneof(
  fc.record({ field: fc.constantFrom('carrier', 'appBuild', ''), relation: fc.constant('=='), value: fc.string() }),
  fc.record({
    field: fc.constantFrom(...FIELD_NAMES),
    relation: fc.constantFrom('matches', 'in', '~'),
    value: fc.jsonValue(),
  }),
  fc.record({ field: fc.constant('pushToken'), relation: fc.constant('exists'), value: fc.jsonValue() }),
  fc.record({
    field: fc.constantFrom('lastSession', 'createdAt'),
    relation: fc.constantFrom('>=', '<=', '=='),
    value: epochArb,
  }),
  understoodArb.chain((constraint) => fc.jsonValue().map((extra) => ({ ...constraint, extra }))),
  fc.jsonValue(),
);

const itemArb = fc.oneof(
  { arbitrary: understoodArb, weight: 6 },
  { arbitrary: aliasedArb, weight: 2 },
  { arbitrary: strangeArb, weight: 2 },
);

const groupArb = fc
  .tuple(
    fc.constantFrom('AND', 'OR'),
    fc.array(itemArb, { maxLength: PUSH0_MAX_CONSTRAINTS_PER_GROUP }),
    fc.option(fc.jsonValue(), { nil: undefined }),
  )
  .map(([type, constraints, label]) => (label === undefined ? { type, constraints } : { label, type, constraints }));

/** A stored segment as list and get answer it. */
export const wireSegmentArb = fc.record(
  {
    id: fc.oneof(fc.stringMatching(/^sg_[a-z0-9]{12}$/), fc.stringMatching(/^seg_[a-z0-9]{1,12}$/)),
    name: fc.string(),
    description: fc.option(fc.string(), { nil: null }),
    constraints: fc.array(groupArb, { maxLength: 5 }),
    createdAt: epochArb,
    updatedAt: fc.option(epochArb, { nil: null }),
  },
  { requiredKeys: ['id', 'name', 'constraints'] },
);

// ---------------------------------------------------------------------------------------------
// Domain trees Push0 can store

function scalarArb(field: FieldDescriptor): fc.Arbitrary<Scalar> {
  switch (field.type) {
    case 'number':
      return fc.integer({ min: -1_000_000_000, max: 1_000_000_000 });
    case 'date':
      // The form fromWire writes, so a value comes back as it went.
      return epochArb.map((ms) => epochToLocal(ms)!);
    case 'enum':
      return fc.oneof(
        fc.constantFrom(...field.options!.slice(0, 20).map((option) => String(option.value))),
        fc.string(),
      );
    default:
      return fc.string();
  }
}

const conditionArb: fc.Arbitrary<Condition> = fc.constantFrom(...PUSH0_FIELDS).chain((field) =>
  fc
    .tuple(
      fc.constantFrom(...relationsOf(field.type as Push0FieldType).map(([operator]) => operator)),
      scalarArb(field),
    )
    .map(([operator, scalar]): Condition => ({
      type: 'condition',
      id: '',
      field: field.name,
      operator,
      value: OPERATORS[operator].arity === 'none' ? { kind: 'none' } : { kind: 'one', value: scalar },
    })),
);

const opaqueArb: fc.Arbitrary<OpaqueCondition> = strangeArb
  .filter((raw) => raw === null || typeof raw !== 'object' || !('relation' in raw) || raw.relation !== 'exists')
  .map((raw) => ({ type: 'opaque', id: '', vendor: PUSH0_VENDOR, label: '', raw }));

const leafArb: fc.Arbitrary<TreeNode> = fc.oneof(
  { arbitrary: conditionArb, weight: 8 },
  { arbitrary: opaqueArb, weight: 1 },
);

const leavesArb = fc.array(leafArb, { maxLength: PUSH0_MAX_CONSTRAINTS_PER_GROUP });

const innerGroupArb: fc.Arbitrary<Group> = fc
  .tuple(fc.constantFrom<Group['combinator']>('and', 'or'), leavesArb)
  .map(([combinator, children]) => ({ type: 'group', id: '', combinator, children }));

/** An AND root of groups and conditions, mixed in any order, with distinct ids. */
export const storableRootArb: fc.Arbitrary<Group> = fc
  .tuple(fc.array(innerGroupArb, { maxLength: 4 }), leavesArb, fc.array(fc.nat(), { maxLength: 4 }))
  .map(([groups, leaves, positions]) => {
    const children: TreeNode[] = [...leaves];
    groups.forEach((group, index) => children.splice((positions[index] ?? 0) % (children.length + 1), 0, group));
    let next = 0;
    const number = (node: TreeNode): TreeNode => {
      const id = `n${next++}`;
      return node.type === 'group' ? { ...node, id, children: node.children.map(number) } : { ...node, id };
    };
    return number({ type: 'group', id: '', combinator: 'and', children }) as Group;
  });
