/**
 * "Request preview": the request a save would send, as the provider itself builds it
 * (`SegmentsProvider.writeRequest`), so the preview and the real save cannot drift apart. The token
 * never enters this module: cURL carries a mask in its place, so a copied command is safe to paste
 * into a ticket.
 */
import { SECRET_MASK, type HttpMethod, type WriteRequest } from '@/api/provider';

export const MASKED_TOKEN = SECRET_MASK;

export interface RequestPreview {
  method: HttpMethod;
  url: string;
  headers: Array<[string, string]>;
  body?: unknown;
  json: string;
  /** Where the vendor documents an XML form of the request. */
  xml?: string;
  curl: string;
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
    ...(preview.body === undefined ? [] : [`  --data-raw ${shellQuote(JSON.stringify(preview.body))}`]),
  ];
  return lines.join(' \\\n');
}

const NEGOTIATION = new Set(['accept', 'accept-language']);

/** The provider's request with the headers the transport sends, secrets already masked by the provider. */
export function previewOf(request: WriteRequest): RequestPreview {
  // Content negotiation (Accept, Accept-Language) says nothing about what is saved: left out.
  const headers = Object.entries(request.headers).filter(([name]) => !NEGOTIATION.has(name.toLowerCase()));
  const preview = {
    method: request.method,
    url: request.url,
    headers,
    body: request.body,
    json: request.body === undefined ? '' : JSON.stringify(request.body, null, 2),
    ...(request.xml === undefined ? {} : { xml: request.xml }),
  };
  return { ...preview, curl: curlCommand(preview) };
}
