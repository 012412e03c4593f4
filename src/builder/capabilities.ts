import type { Capabilities, Combinator, FieldType, OperatorId } from '@/domain/model';
import { operatorsFor, type OperatorSpec } from '@/domain/operators';

/** What the builder may offer: the tree-shaped part of a backend's capabilities. */
export interface BuilderCapabilities {
  /** Group levels, counted like `maxDepth` in the domain: a flat root is 1. */
  maxDepth: number;
  /** Whether a group can be negated. */
  not: boolean;
  /** null when there is no limit. */
  maxConditionsPerGroup: number | null;
  /** Operators the backend can serialize per field type; a missing type offers all of its operators. */
  operatorsByType?: Partial<Record<FieldType, OperatorId[]>>;
  /** The root's combinator where the backend fixes it; the other one is not offered. */
  fixedRootCombinator?: Combinator | null;
}

/** Everything the domain models; for demos and for backends without limits. */
export const UNLIMITED_CAPABILITIES: BuilderCapabilities = {
  maxDepth: Number.POSITIVE_INFINITY,
  not: true,
  maxConditionsPerGroup: null,
};

export function builderCapabilitiesOf(capabilities: Capabilities): BuilderCapabilities {
  return {
    maxDepth: capabilities.maxDepth,
    not: capabilities.not,
    maxConditionsPerGroup: capabilities.maxConditionsPerGroup,
    operatorsByType: capabilities.operators,
    fixedRootCombinator: capabilities.fixedRootCombinator,
  };
}

// One list per (capabilities, type), so every row of a type shares the same array.
const operatorCache = new WeakMap<BuilderCapabilities, Map<FieldType, OperatorSpec[]>>();

/** The operators a field type offers that the backend can also store, in registry order. */
export function allowedOperators(type: FieldType, capabilities: BuilderCapabilities): OperatorSpec[] {
  let byType = operatorCache.get(capabilities);
  if (!byType) {
    byType = new Map();
    operatorCache.set(capabilities, byType);
  }
  let list = byType.get(type);
  if (!list) {
    const allowed = capabilities.operatorsByType?.[type];
    list = allowed ? operatorsFor(type).filter((spec) => allowed.includes(spec.id)) : operatorsFor(type);
    byType.set(type, list);
  }
  return list;
}

/** Whether a group at `level` (the root is level 1) may hold another group. */
export function canNestIn(level: number, capabilities: BuilderCapabilities): boolean {
  return level + 1 <= capabilities.maxDepth;
}
