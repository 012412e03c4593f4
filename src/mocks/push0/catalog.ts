/**
 * Push0's constraint rules as the vendor documents them (docs/contracts.md §2,
 * docs/contracts.md (the vendor page push0-create-segment)): the field table, the relations each field type takes,
 * groups of at most 10 constraints, no nesting. The embedded backend refuses what the vendor
 * would, with a message that names the offending constraint, so the app's Push0 adapter meets
 * the same errors in the demo as against the real service.
 */
import { z } from 'zod';
import { PUSH0_MAX_CONSTRAINTS_PER_GROUP } from '@/api/push0/endpoints';

export type Push0FieldType = 'String' | 'Int' | 'Long' | 'DeviceType' | 'StringArray';

/** Every field the vendor lists, with its type. `type` is a String with four values and only ==/!=. */
export const PUSH0_FIELDS: Readonly<Record<string, Push0FieldType>> = {
  country: 'String',
  language: 'String',
  timezone: 'String',
  appVersion: 'String',
  osApi: 'String',
  osVersion: 'String',
  customUserId: 'String',
  email: 'String',
  id: 'String',
  pushToken: 'String',
  deviceModel: 'String',
  deviceManufacturer: 'String',
  appVersionCode: 'Int',
  sessionCount: 'Int',
  type: 'DeviceType',
  firstSession: 'Long',
  lastSession: 'Long',
  createdAt: 'Long',
  unRegisteredAt: 'Long',
  tags: 'StringArray',
};

export const PUSH0_DEVICE_TYPES = ['phone', 'tablet', 'smartwatch', 'desktop'] as const;

const STRING_RELATIONS = ['exists', '==', '!=', 'starts_with', 'ends_with', 'contains'] as const;
const NUMBER_RELATIONS = ['exists', '==', '!=', '>', '>=', '<', '<='] as const;

/** The relations each field type takes, from the vendor's "Supported field type" column. */
export const PUSH0_RELATIONS: Readonly<Record<Push0FieldType, readonly string[]>> = {
  String: STRING_RELATIONS,
  // Tags are strings to the vendor's relation table; the page says no more than "String Array".
  StringArray: STRING_RELATIONS,
  Int: NUMBER_RELATIONS,
  Long: NUMBER_RELATIONS,
  DeviceType: ['==', '!='],
};

/**
 * The vendor's prose spells relations by name ("e.g. EQUALS, CONTAINS") and its own example sends
 * `"relation": "EQUALS"`, so those spellings are read as their symbols. They are stored as sent.
 */
export const PUSH0_RELATION_ALIASES: Readonly<Record<string, string>> = { EQUALS: '==', CONTAINS: 'contains' };

export const canonicalRelation = (relation: string): string => PUSH0_RELATION_ALIASES[relation] ?? relation;

export interface Push0Constraint {
  field: string;
  relation: string;
  value: unknown;
}

export interface Push0Group {
  type: 'AND' | 'OR';
  constraints: Push0Constraint[];
}

const constraintSchema = z.object({
  field: z.string(),
  relation: z.string(),
  // Every constraint carries a value (documented), `exists` included; its meaning there is not.
  value: z.union([z.string(), z.number(), z.boolean(), z.array(z.string())]),
});

const groupSchema = z.object({
  type: z.enum(['AND', 'OR']),
  constraints: z.array(z.unknown()),
});

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isInteger = (value: unknown): boolean =>
  (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d+$/.test(value));

/** Documented formats of a few String fields, checked where the relation compares whole values. */
const FORMATS: Readonly<Record<string, { pattern: RegExp; describe: string }>> = {
  country: { pattern: /^[A-Za-z]{2}$/, describe: 'a 2-letter ISO 3166-1 alpha-2 code' },
  language: { pattern: /^[A-Za-z]{3}$/, describe: 'a 3-letter ISO 639-2 alpha-3 code' },
  timezone: { pattern: /^(UTC|[A-Za-z]+(\/[A-Za-z0-9_+-]+)+)$/, describe: 'an IANA Area/Location time zone' },
};

/** Why one constraint's value does not fit its field, or null. */
function valueProblem(field: string, type: Push0FieldType, relation: string, value: unknown): string | null {
  if (relation === 'exists') return null;
  switch (type) {
    case 'Int':
    case 'Long':
      return isInteger(value) ? null : `field "${field}" (${type}) needs an integer value`;
    case 'DeviceType':
      return typeof value === 'string' && (PUSH0_DEVICE_TYPES as readonly string[]).includes(value)
        ? null
        : `field "type" takes one of ${PUSH0_DEVICE_TYPES.join(', ')}`;
    case 'StringArray':
      // Unconfirmed: a single tag, or a list of tags.
      return typeof value === 'string' || Array.isArray(value) ? null : `field "${field}" needs a tag`;
    case 'String': {
      if (typeof value !== 'string') return `field "${field}" (String) needs a string value`;
      const format = FORMATS[field];
      const whole = relation === '==' || relation === '!=';
      return whole && format && !format.pattern.test(value) ? `field "${field}" needs ${format.describe}` : null;
    }
  }
}

function constraintProblem(raw: unknown, at: string): string | null {
  if (isRecord(raw) && ('constraints' in raw || ('type' in raw && !('field' in raw))))
    return `${at}: groups cannot be nested; a group holds constraints {field, relation, value}`;
  const parsed = constraintSchema.safeParse(raw);
  if (!parsed.success) return `${at}: every constraint needs field, relation and value`;
  const { field, relation, value } = parsed.data;
  const type = PUSH0_FIELDS[field];
  if (!type) return `${at}: unknown field "${field}"`;
  const canonical = canonicalRelation(relation);
  if (!PUSH0_RELATIONS[type].includes(canonical))
    return `${at}: relation "${relation}" is not supported for field "${field}" (${type === 'DeviceType' ? 'type' : type})`;
  const problem = valueProblem(field, type, canonical, value);
  return problem ? `${at}: ${problem}` : null;
}

/** The first problem with a `constraints` value, in the vendor's terms, or null when it is valid. */
export function constraintsProblem(constraints: unknown): string | null {
  if (!Array.isArray(constraints)) return 'constraints must be an array of groups';
  for (const [index, raw] of constraints.entries()) {
    const at = `constraints[${index}]`;
    const group = groupSchema.safeParse(raw);
    if (!group.success) return `${at}: a group needs type "AND" or "OR" and a constraints array`;
    if (group.data.constraints.length > PUSH0_MAX_CONSTRAINTS_PER_GROUP)
      return `${at}: a group holds at most ${PUSH0_MAX_CONSTRAINTS_PER_GROUP} constraints`;
    for (const [inner, constraint] of group.data.constraints.entries()) {
      const problem = constraintProblem(constraint, `${at}.constraints[${inner}]`);
      if (problem) return problem;
    }
  }
  return null;
}

/** Keeps only the documented keys of valid constraints (call after constraintsProblem). */
export function normalizeGroups(constraints: unknown): Push0Group[] {
  if (!Array.isArray(constraints)) return [];
  return constraints.map((raw: unknown) => {
    const group = groupSchema.parse(raw);
    return {
      type: group.type,
      constraints: group.constraints.map((item) => {
        const { field, relation, value } = constraintSchema.parse(item);
        return { field, relation, value };
      }),
    };
  });
}
