/**
 * The builder's single dispatcher. Rows receive this one stable object instead of fresh closures,
 * so a memoised row re-renders only when its own node changes. Every edit is a domain tree
 * operation on the latest root; the builder adds focus, announcements and capability checks.
 */
import { describeCondition, describeGroup } from '@/domain/describe';
import type { DomainLocale } from '@/domain/locale/types';
import type { Condition, ConditionValue, Combinator, FieldCatalog, Group, OperatorId, TreeNode } from '@/domain/model';
import { emptyValueFor, inferFieldType, resetForField, valueFitsField } from '@/domain/operators';
import {
  addNode,
  cloneNode,
  findNode,
  findParent,
  moveNode,
  newCondition,
  newGroup,
  removeNode,
  toggleNot,
  ungroup,
  updateCondition,
  updateGroup,
  wrapInGroup,
  type TreeResult,
} from '@/domain/tree';
import type { Translate } from '@/ui/i18n';
import { allowedOperators, type BuilderCapabilities } from './capabilities';
import type { FieldIndex } from './fields';
import type { BuilderMessageKey } from './messages';
import { canAddGroupIn, canUngroupInto, fitsIn, hasRoom, planMove, type MoveDirection, type MoveTarget } from './moves';

/** Which control gets focus after an edit; rows mark their controls with `data-focus-key`. */
export interface FocusRequest {
  nodeId: string;
  key: string;
}

export interface BuilderEnvironment {
  getRoot: () => Group;
  /** Hands the new root to the owner (the `onChange` prop). */
  commit: (root: Group) => void;
  getFields: () => FieldIndex;
  getCatalog: () => FieldCatalog;
  getCapabilities: () => BuilderCapabilities;
  t: () => Translate<BuilderMessageKey>;
  getLocale: () => DomainLocale;
  announce: (message: string) => void;
  requestFocus: (request: FocusRequest) => void;
  getOnLastValueEnter: () => (() => void) | undefined;
}

export interface BuilderActions {
  getRoot: () => Group;
  setField: (id: string, field: string) => void;
  setOperator: (id: string, operator: OperatorId) => void;
  setValue: (id: string, value: ConditionValue) => void;
  setCombinator: (groupId: string, combinator: Combinator) => void;
  toggleNot: (groupId: string) => void;
  /** Adds a condition at the end of the group, or right after `afterId`, and focuses its field. */
  addCondition: (groupId: string, afterId?: string) => void;
  addGroup: (groupId: string) => void;
  remove: (id: string) => void;
  clone: (id: string) => void;
  wrap: (id: string) => void;
  ungroup: (id: string) => void;
  /** A keyboard move; focus returns to the control named by `focusKey` in the moved node. */
  move: (id: string, direction: MoveDirection, focusKey?: string) => void;
  /** A drop: `target` is the final position, as for the domain's `moveNode`. */
  moveTo: (id: string, target: MoveTarget) => void;
  /** Enter in a row's last value input. */
  lastValueEnter: (id: string) => void;
  /** A short human name for a node, for announcements and drag previews. */
  describe: (node: TreeNode) => string;
}

export function createBuilderActions(env: BuilderEnvironment): BuilderActions {
  const apply = (result: TreeResult): boolean => {
    if (result.ok) env.commit(result.tree);
    return result.ok;
  };

  const describe = (node: TreeNode): string => {
    const options = { catalog: env.getCatalog(), locale: env.getLocale() };
    const t = env.t();
    if (node.type !== 'group') return t('announce.condition', { summary: describeCondition(node, options) });
    return node === env.getRoot()
      ? t('announce.rootGroup')
      : t('announce.nestedGroup', { summary: describeGroup(node, options) });
  };

  const typeOf = (condition: Condition) =>
    env.getFields().byName.get(condition.field)?.type ?? inferFieldType(condition);

  /** A fresh condition on the first field of the catalog, so a new row is usable at once. */
  const freshCondition = (): Condition => {
    const first = env.getCatalog()[0];
    if (!first) return newCondition('', 'string');
    const condition = newCondition(first.name, first.type);
    const allowed = allowedOperators(first.type, env.getCapabilities());
    const operator = allowed.some((spec) => spec.id === condition.operator) ? condition.operator : allowed[0]?.id;
    return operator === undefined ? condition : { ...condition, operator, value: emptyValueFor(operator) };
  };

  const condition = (id: string): Condition | undefined => {
    const node = findNode(env.getRoot(), id);
    return node?.type === 'condition' ? node : undefined;
  };

  const group = (id: string): Group | undefined => {
    const node = findNode(env.getRoot(), id);
    return node?.type === 'group' ? node : undefined;
  };

  const announceMove = (id: string) => {
    const root = env.getRoot();
    const node = findNode(root, id);
    const parent = findParent(root, id);
    if (!node || !parent) return;
    env.announce(
      env.t()('announce.moved', {
        what: describe(node),
        position: parent.children.indexOf(node) + 1,
        total: parent.children.length,
        where: describe(parent),
      }),
    );
  };

  const moveTo = (id: string, target: MoveTarget, focusKey?: string): boolean => {
    const root = env.getRoot();
    const node = findNode(root, id);
    const destination = group(target.groupId);
    if (!node || !destination || !fitsIn(root, node, destination, env.getCapabilities())) {
      if (node) env.announce(env.t()('announce.cannotMove', { what: describe(node) }));
      return false;
    }
    if (!apply(moveNode(root, id, target.groupId, target.index))) return false;
    if (focusKey) env.requestFocus({ nodeId: id, key: focusKey });
    announceMove(id);
    return true;
  };

  const addConditionTo = (groupId: string, index?: number) => {
    const parent = group(groupId);
    if (!parent || !hasRoom(parent, env.getCapabilities())) return;
    const fresh = freshCondition();
    if (!apply(addNode(env.getRoot(), groupId, fresh, index))) return;
    env.requestFocus({ nodeId: fresh.id, key: 'field' });
    env.announce(env.t()('announce.added'));
  };

  const addConditionAfter = (groupId: string, afterId?: string) => {
    const parent = group(groupId);
    if (!parent) return;
    const after = afterId === undefined ? -1 : parent.children.findIndex((child) => child.id === afterId);
    addConditionTo(groupId, after === -1 ? undefined : after + 1);
  };

  return {
    getRoot: env.getRoot,
    describe,

    setField(id, field) {
      const current = condition(id);
      const descriptor = env.getFields().byName.get(field);
      if (!current || !descriptor || current.field === field) return;
      let next = resetForField(current, field, descriptor.type);
      const allowed = allowedOperators(descriptor.type, env.getCapabilities());
      // The domain keeps the operator when the type offers it; the backend may still not store it.
      if (!allowed.some((spec) => spec.id === next.operator) && allowed[0]) {
        next = { ...next, operator: allowed[0].id, value: emptyValueFor(allowed[0].id) };
      }
      apply(updateCondition(env.getRoot(), id, { field, operator: next.operator, value: next.value }));
    },

    setOperator(id, operator) {
      const current = condition(id);
      if (!current || current.operator === operator) return;
      const keep = valueFitsField(typeOf(current), operator, current.value);
      apply(updateCondition(env.getRoot(), id, { operator, value: keep ? current.value : emptyValueFor(operator) }));
    },

    setValue(id, value) {
      apply(updateCondition(env.getRoot(), id, { value }));
    },

    setCombinator(groupId, combinator) {
      if (group(groupId)?.combinator === combinator) return;
      apply(updateGroup(env.getRoot(), groupId, { combinator }));
    },

    toggleNot(groupId) {
      if (!env.getCapabilities().not && !group(groupId)?.not) return;
      apply(toggleNot(env.getRoot(), groupId));
    },

    addCondition: addConditionAfter,

    addGroup(groupId) {
      const root = env.getRoot();
      const parent = group(groupId);
      const capabilities = env.getCapabilities();
      if (!parent || !canAddGroupIn(root, parent, capabilities)) return;
      const first = freshCondition();
      if (!apply(addNode(root, groupId, newGroup('and', [first])))) return;
      env.requestFocus({ nodeId: first.id, key: 'field' });
      env.announce(env.t()('announce.addedGroup'));
    },

    remove(id) {
      const root = env.getRoot();
      const node = findNode(root, id);
      const parent = findParent(root, id);
      if (!node || !parent || !apply(removeNode(root, id))) return;
      // Keep the keyboard user in place: focus the neighbour that took the removed node's spot.
      const index = parent.children.indexOf(node);
      const neighbour = parent.children[index + 1] ?? parent.children[index - 1];
      env.requestFocus(neighbour ? { nodeId: neighbour.id, key: 'more' } : { nodeId: parent.id, key: 'add-condition' });
      env.announce(env.t()('announce.removed', { what: describe(node) }));
    },

    clone(id) {
      const root = env.getRoot();
      const node = findNode(root, id);
      const parent = findParent(root, id);
      if (!node || !parent || (node.type !== 'group' && !hasRoom(parent, env.getCapabilities()))) return;
      const result = cloneNode(root, id);
      if (!apply(result) || !result.ok || result.createdId === undefined) return;
      env.requestFocus({ nodeId: result.createdId, key: 'more' });
      env.announce(env.t()('announce.cloned', { what: describe(node) }));
    },

    wrap(id) {
      const root = env.getRoot();
      const node = findNode(root, id);
      const parent = findParent(root, id);
      if (!node || !parent || !canAddGroupIn(root, parent, env.getCapabilities())) return;
      if (node.type === 'group' && !fitsIn(root, newGroup('and', [node]), parent, env.getCapabilities())) return;
      if (!apply(wrapInGroup(root, id))) return;
      env.requestFocus({ nodeId: id, key: 'more' });
      env.announce(env.t()('announce.wrapped', { what: describe(node) }));
    },

    ungroup(id) {
      const root = env.getRoot();
      const target = group(id);
      const parent = findParent(root, id);
      if (!target || !parent) return;
      if (!canUngroupInto(parent, target, env.getCapabilities())) return;
      if (!apply(ungroup(root, id))) return;
      const first = target.children[0];
      env.requestFocus(first ? { nodeId: first.id, key: 'more' } : { nodeId: parent.id, key: 'add-condition' });
      env.announce(env.t()('announce.ungrouped'));
    },

    move(id, direction, focusKey = 'more') {
      const root = env.getRoot();
      const node = findNode(root, id);
      const target = planMove(root, id, direction, env.getCapabilities());
      if (!target) {
        if (node) env.announce(env.t()('announce.cannotMove', { what: describe(node) }));
        return;
      }
      moveTo(id, target, focusKey);
    },

    moveTo(id, target) {
      moveTo(id, target);
    },

    lastValueEnter(id) {
      const onLastValueEnter = env.getOnLastValueEnter();
      if (onLastValueEnter) {
        onLastValueEnter();
        return;
      }
      const parent = findParent(env.getRoot(), id);
      if (parent) addConditionAfter(parent.id, id);
    },
  };
}
