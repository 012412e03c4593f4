/** Small, hand-written fixtures for the editor's pure-module tests. */
import type { Capabilities, Condition, FieldCatalog, Group } from '@/domain/model';

export const CATALOG: FieldCatalog = [
  { name: 'email', label: 'Email', type: 'email', category: 'system' },
  { name: '_city', label: 'City', type: 'string', category: 'system' },
  {
    name: '_sex',
    label: 'Gender',
    type: 'enum',
    category: 'system',
    options: [
      { value: 'female', label: 'Female' },
      { value: 'male', label: 'Male' },
    ],
  },
  { name: 'orders', label: 'Orders', type: 'number', category: 'custom' },
  { name: 'vip', label: 'VIP', type: 'boolean', category: 'custom' },
];

export const CAPABILITIES: Capabilities = {
  kinds: ['static', 'dynamic', 'updatable'],
  conditions: true,
  editing: true,
  databases: true,
  maxDepth: 3,
  not: false,
  maxConditionsPerGroup: null,
  fixedRootCombinator: null,
  operators: {},
  sampling: true,
  limit: true,
  estimate: true,
  staticMembers: true,
  counters: true,
  sizes: true,
  description: false,
  tags: false,
  checkProfile: false,
  listMembers: false,
  lifecycle: false,
  audiences: false,
};

export const cond = (
  id: string,
  field: string,
  operator: Condition['operator'],
  value: Condition['value'],
): Condition => ({
  type: 'condition',
  id,
  field,
  operator,
  value,
});

export const group = (id: string, combinator: Group['combinator'], children: Group['children']): Group => ({
  type: 'group',
  id,
  combinator,
  children,
});
