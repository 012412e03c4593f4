/**
 * XML rendering of a request body for the payload preview (never for transport), following the
 * vendor's conventions: an `<xml>` root, arrays as repeated tags, `array="true"` on arrays with 0
 * or 1 items, and `string="true"` on strings that would otherwise read as a number or a boolean.
 */

const LOOKS_TYPED = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false)$/i;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

function scalarText(value: unknown): { text: string; attrs: string } {
  if (typeof value === 'string') {
    return { text: escapeXml(value), attrs: LOOKS_TYPED.test(value) ? ' string="true"' : '' };
  }
  return { text: value === null || value === undefined ? '' : escapeXml(String(value)), attrs: '' };
}

function renderValue(tag: string, value: unknown, attrs: string, depth: number, indent: string): string[] {
  const pad = indent.repeat(depth);
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const inner = Object.entries(value).flatMap(([key, child]) => renderEntry(key, child, depth + 1, indent));
    if (inner.length === 0) return [`${pad}<${tag}${attrs}></${tag}>`];
    return [`${pad}<${tag}${attrs}>`, ...inner, `${pad}</${tag}>`];
  }
  const scalar = scalarText(value);
  return [`${pad}<${tag}${attrs}${scalar.attrs}>${scalar.text}</${tag}>`];
}

function renderEntry(key: string, value: unknown, depth: number, indent: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) return renderValue(key, value, '', depth, indent);
  if (value.length === 0) return [`${indent.repeat(depth)}<${key} array="true"></${key}>`];
  const marker = value.length === 1 ? ' array="true"' : '';
  return value.flatMap((item) => renderValue(key, item, marker, depth, indent));
}

export function toXml(body: Record<string, unknown>, options: { indent?: string } = {}): string {
  const indent = options.indent ?? '  ';
  const inner = Object.entries(body).flatMap(([key, value]) => renderEntry(key, value, 1, indent));
  return ['<xml>', ...inner, '</xml>'].join('\n');
}
