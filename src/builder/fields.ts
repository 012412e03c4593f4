import type { FieldCatalog, FieldDescriptor } from '@/domain/model';

/** The catalog indexed once per catalog, so rows look fields up in O(1). */
export interface FieldIndex {
  byName: ReadonlyMap<string, FieldDescriptor>;
  system: readonly FieldDescriptor[];
  custom: readonly FieldDescriptor[];
}

export function indexFields(catalog: FieldCatalog): FieldIndex {
  const byName = new Map<string, FieldDescriptor>();
  const system: FieldDescriptor[] = [];
  const custom: FieldDescriptor[] = [];
  for (const field of catalog) {
    byName.set(field.name, field);
    (field.category === 'system' ? system : custom).push(field);
  }
  return { byName, system, custom };
}

export interface FieldSection {
  key: 'system' | 'custom';
  fields: FieldDescriptor[];
}

/** Fields whose label or name contains the query (case-insensitive), kept in their sections. */
export function searchFields(index: FieldIndex, query: string): FieldSection[] {
  const needle = query.trim().toLowerCase();
  const matches = (field: FieldDescriptor) =>
    needle === '' || field.label.toLowerCase().includes(needle) || field.name.toLowerCase().includes(needle);
  const sections: FieldSection[] = [
    { key: 'system', fields: index.system.filter(matches) },
    { key: 'custom', fields: index.custom.filter(matches) },
  ];
  return sections.filter((section) => section.fields.length > 0);
}
