/**
 * How text names fields: by name, by label, or either ignoring case; and which operator spellings a
 * field's type offers, for messages.
 */
import type { FieldCatalog, FieldDescriptor } from '../model';
import { OPERATORS_BY_TYPE } from '../operators';
import { spellingOf } from './spellings';

export type FieldLookup = (written: string) => FieldDescriptor | undefined;

// Completions and highlighting parse on every keystroke against the same catalog object.
const lookupCache = new WeakMap<FieldCatalog, FieldLookup>();

/**
 * Finds a field by its name, then by its label, then by either ignoring case when only one field
 * answers to it. The first of duplicate names or labels wins.
 */
export function fieldLookup(catalog: FieldCatalog): FieldLookup {
  const cached = lookupCache.get(catalog);
  if (cached) return cached;
  const byName = new Map<string, FieldDescriptor>();
  const byLabel = new Map<string, FieldDescriptor>();
  const byLower = new Map<string, FieldDescriptor | null>();
  for (const field of [...catalog].reverse()) {
    byName.set(field.name, field);
    byLabel.set(field.label, field);
  }
  for (const field of catalog)
    for (const key of new Set([field.name.toLowerCase(), field.label.toLowerCase()])) {
      const seen = byLower.get(key);
      byLower.set(key, seen === undefined || seen === field ? field : null);
    }
  const lookup: FieldLookup = (written) =>
    byName.get(written) ?? byLabel.get(written) ?? byLower.get(written.toLowerCase()) ?? undefined;
  lookupCache.set(catalog, lookup);
  return lookup;
}

/** The spellings a field type offers, for "use one of …" messages. */
export function allowedSpellings(field: FieldDescriptor | undefined): string {
  return field ? [...new Set(OPERATORS_BY_TYPE[field.type].map(spellingOf))].join(', ') : '';
}
