/**
 * "Request preview": the request a save would send, built by the Altcraft adapter's own toWire, so
 * the preview and the real save cannot drift apart. The token never enters this module: cURL
 * carries a mask in its place, so a copied command is safe to paste into a ticket.
 */
import { ALTCRAFT_PATHS } from '@/api/altcraft/endpoints';
import { ALTCRAFT_FIELD_TYPES, SYSTEM_FIELD_WIRE_TYPES } from '@/api/altcraft/fieldTypes';
import { toWire } from '@/api/altcraft/convert';
import { toXml } from '@/api/altcraft/xml';
import { joinUrl } from '@/api/http';
import type { Vendor } from '@/api/connection';
import type { FieldCatalog, FieldType, Segment } from '@/domain/model';

export const MASKED_TOKEN = '••••••';

export interface RequestPreview {
  method: 'POST';
  url: string;
  headers: Array<[string, string]>;
  body: Record<string, unknown>;
  json: string;
  /** Where the vendor documents an XML form of the request. */
  xml?: string;
  curl: string;
}

export type PreviewResult = { ok: true; preview: RequestPreview } | { ok: false; reason: string };

/** Vendors whose wire format this module can render; the demo backend speaks Altcraft's. */
const ALTCRAFT_WIRE: ReadonlySet<Vendor> = new Set<Vendor>(['altcraft', 'demo']);

export function canPreview(vendor: Vendor): boolean {
  return ALTCRAFT_WIRE.has(vendor);
}

/** The first Altcraft type that reads as each canonical type (int for number, unicode for string...). */
const WIRE_TYPE_OF: Partial<Record<FieldType, string>> = {};
for (const [wire, type] of Object.entries(ALTCRAFT_FIELD_TYPES)) WIRE_TYPE_OF[type] ??= wire;

/**
 * The Altcraft type of a field for conditions written afresh: the system table first (as the
 * adapter does), then the catalog's type spelled the Altcraft way.
 */
export function wireTypeFromCatalog(catalog: FieldCatalog): (field: string) => string | undefined {
  const types = new Map(catalog.map((field) => [field.name, field.type] as const));
  return (field) => {
    const type = types.get(field);
    return SYSTEM_FIELD_WIRE_TYPES[field] ?? (type === undefined ? undefined : WIRE_TYPE_OF[type]);
  };
}

/** POSIX shell single quoting: close the quote, emit an escaped quote, reopen. */
export function shellQuote(text: string): string {
  return `'${text.replace(/'/g, `'\\''`)}'`;
}

/** The body goes compact, byte for byte what the transport sends. */
export function curlCommand(preview: Pick<RequestPreview, 'method' | 'url' | 'headers' | 'body'>): string {
  const lines = [
    `curl -X ${preview.method} ${shellQuote(preview.url)}`,
    ...preview.headers.map(([name, value]) => `  -H ${shellQuote(`${name}: ${value}`)}`),
    `  --data-raw ${shellQuote(JSON.stringify(preview.body))}`,
  ];
  return lines.join(' \\\n');
}

export interface PreviewInput {
  segment: Segment;
  vendor: Vendor;
  baseUrl: string;
  catalog: FieldCatalog;
}

export function buildRequestPreview({ segment, vendor, baseUrl, catalog }: PreviewInput): PreviewResult {
  if (!canPreview(vendor)) return { ok: false, reason: 'unsupported-vendor' };
  const mode = segment.id === undefined ? 'create' : 'update';
  let body: Record<string, unknown>;
  try {
    body = toWire(segment, { mode, wireTypeOf: wireTypeFromCatalog(catalog) });
  } catch (error) {
    return { ok: false, reason: error instanceof Error ? error.message : String(error) };
  }
  const path = mode === 'create' ? ALTCRAFT_PATHS.segmentsAdd : ALTCRAFT_PATHS.segmentsUpdate;
  const url = joinUrl(baseUrl, path);
  const headers: Array<[string, string]> = [
    ['Content-Type', 'application/json'],
    ['Authorization', `Bearer ${MASKED_TOKEN}`],
  ];
  const json = JSON.stringify(body, null, 2);
  const preview = { method: 'POST' as const, url, headers, body, json, xml: toXml(body) };
  return { ok: true, preview: { ...preview, curl: curlCommand(preview) } };
}
