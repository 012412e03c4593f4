/**
 * Field errors of an Altcraft 450 answer. The exact payload is unconfirmed, so this one function
 * reads every plausible form and maps wire names to the canonical paths the editor's fields use:
 *
 * - `data` as a map `{"name": "must not be empty"}`;
 * - `data` as a list `[{"field"|"name"|"param": ..., "message"|"error"|"text": ...}]`, or such a
 *   list or map under `data.errors` / `data.fields`;
 * - `error_text` as "field: message" parts separated by ";" or new lines, optionally after a
 *   "Validation error:" prefix, or "parameter 'field' message".
 *
 * Wire paths map as follows (`[n]` and `.n` both accepted): `name`→`name`, `description`→
 * `description`, `list_id`→`databaseId`, `is_static`→`kind`, `is_refresh_daily`→`refreshDaily`,
 * `segment`→`blocks`, `segment.N.limit`→`blocks.N.limit`, `segment.N.percent_from`→
 * `blocks.N.sample.from`, `segment.N.percent_to`→`blocks.N.sample.to`, `segment.N.list_id`→
 * `blocks.N.databaseId`, `segment.N.condition`→`blocks.N.root.combinator`, `segment.N.queries…`→
 * `blocks.N.root`. Unknown names are kept as sent, so they can still be listed.
 */

const TOP_LEVEL: Record<string, string> = {
  name: 'name',
  description: 'description',
  list_id: 'databaseId',
  is_static: 'kind',
  is_refresh_daily: 'refreshDaily',
  segment: 'blocks',
  id: 'id',
};

const BLOCK_LEVEL: Record<string, string> = {
  limit: 'limit',
  percent_from: 'sample.from',
  percent_to: 'sample.to',
  list_id: 'databaseId',
  condition: 'root.combinator',
  queries: 'root',
};

export function canonicalFieldPath(wirePath: string): string {
  const parts = wirePath
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  const [head, index, key] = parts;
  if (head === 'segment' && index !== undefined && /^\d+$/.test(index)) {
    const mapped = key === undefined ? 'root' : BLOCK_LEVEL[key];
    return mapped ? `blocks.${index}.${mapped}` : wirePath;
  }
  return parts.length === 1 && head !== undefined && head in TOP_LEVEL ? TOP_LEVEL[head]! : wirePath;
}

const FIELD_KEYS = ['field', 'name', 'param', 'parameter', 'key', 'path'];
const MESSAGE_KEYS = ['message', 'error', 'text', 'error_text', 'description'];

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function firstString(record: Record<string, unknown>, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = record[key];
    if (typeof value === 'string' && value.trim()) return value.trim();
  }
  return undefined;
}

function pairsFromData(data: unknown, depth = 0): Array<[string, string]> {
  if (Array.isArray(data)) {
    return data.flatMap((item): Array<[string, string]> => {
      if (!isRecord(item)) return [];
      const field = firstString(item, FIELD_KEYS);
      const message = firstString(item, MESSAGE_KEYS);
      return field && message ? [[field, message]] : [];
    });
  }
  if (!isRecord(data)) return [];
  if (depth === 0 && ('errors' in data || 'fields' in data)) {
    return [...pairsFromData(data.errors, 1), ...pairsFromData(data.fields, 1)];
  }
  return Object.entries(data).flatMap(([field, message]): Array<[string, string]> =>
    typeof message === 'string' && message.trim() ? [[field, message.trim()]] : [],
  );
}

const COLON_FORM = /^\s*["'«]?([A-Za-z_][\w.[\]]*)["'»]?\s*[:=]\s*(.+)$/;
const PARAMETER_FORM = /\b(?:field|parameter|param)\s+["'«]?([A-Za-z_][\w.[\]]*)["'»]?\s*[:,-]?\s*(.+)$/i;
const PREFIX = /^\s*(?:request\s+)?validation\s+error\s*[:.-]?\s*/i;

function pairsFromText(text: string): Array<[string, string]> {
  return text
    .replace(PREFIX, '')
    .split(/[;\n]+/)
    .flatMap((part): Array<[string, string]> => {
      const match = COLON_FORM.exec(part) ?? PARAMETER_FORM.exec(part);
      return match?.[1] && match[2] ? [[match[1], match[2].trim()]] : [];
    });
}

export function parseValidationErrors(
  errorText: string | undefined,
  data: unknown,
): Record<string, string> | undefined {
  const pairs = pairsFromData(data);
  if (pairs.length === 0 && errorText) pairs.push(...pairsFromText(errorText));
  if (pairs.length === 0) return undefined;
  const result: Record<string, string> = {};
  for (const [wire, message] of pairs) {
    const path = canonicalFieldPath(wire);
    result[path] = result[path] ? `${result[path]} ${message}` : message;
  }
  return result;
}
