import { toSegment, newSegmentValues } from './segmentForm';
import {
  buildRequestPreview,
  canPreview,
  curlCommand,
  MASKED_TOKEN,
  shellQuote,
  wireTypeFromCatalog,
} from './requestPreview';
import { CAPABILITIES, CATALOG, cond, group } from './testData';

const BASE = 'https://example.test/api/v1.1/';

function dynamicSegment() {
  const values = newSegmentValues(CAPABILITIES, 5);
  const root = group('r', 'or', [
    cond('c1', '_city', 'equals', { kind: 'one', value: "O'Hare" }),
    group('g', 'and', [cond('c2', 'orders', 'gt', { kind: 'one', value: 3 })]),
  ]);
  return toSegment({
    ...values,
    name: 'Chicago buyers',
    blocks: [{ ...values.blocks[0]!, sample: { from: 10, to: 60 }, limit: 500, root }],
  });
}

describe('request preview', () => {
  it('renders the segments/add/ body with the adapter, as JSON and XML', () => {
    const result = buildRequestPreview({ segment: dynamicSegment(), vendor: 'demo', baseUrl: BASE, catalog: CATALOG });
    if (!result.ok) throw new Error(result.reason);
    const { preview } = result;
    expect(preview.url).toBe('https://example.test/api/v1.1/segments/add/');
    expect(preview.body).toMatchObject({
      name: 'Chicago buyers',
      is_static: false,
      segment: [
        {
          condition: 'or',
          list_id: 5,
          limit: 500,
          percent_from: 10,
          percent_to: 60,
          queries: [
            { name: '_city', operator: 'equal', type: 'unicode', value: [{ name: 'default', value: "O'Hare" }] },
            { condition: 'and', child: [{ name: 'orders', operator: 'greater', type: 'int' }] },
          ],
        },
      ],
    });
    expect(JSON.parse(preview.json)).toEqual(preview.body);
    expect(preview.xml).toMatch(/^<xml>\n/);
    expect(preview.xml).toContain('<name>Chicago buyers</name>');
  });

  it('uses segments/update/ with the id for an existing segment', () => {
    const result = buildRequestPreview({
      segment: { ...dynamicSegment(), id: 12 },
      vendor: 'altcraft',
      baseUrl: BASE,
      catalog: CATALOG,
    });
    expect(result.ok && result.preview.url.endsWith('/segments/update/')).toBe(true);
    expect(result.ok && result.preview.body.id).toBe(12);
  });

  it('masks the token in cURL and quotes the body for a POSIX shell', () => {
    const result = buildRequestPreview({ segment: dynamicSegment(), vendor: 'demo', baseUrl: BASE, catalog: CATALOG });
    if (!result.ok) throw new Error(result.reason);
    const { curl } = result.preview;
    expect(curl).toContain(`-H 'Authorization: Bearer ${MASKED_TOKEN}'`);
    expect(curl).not.toMatch(/demo-token/);
    expect(curl.startsWith("curl -X POST 'https://example.test/api/v1.1/segments/add/'")).toBe(true);
    expect(curl).toContain(`O'\\''Hare`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(curlCommand({ method: 'POST', url: 'u', headers: [], body: { a: 1 } })).toBe(
      `curl -X POST 'u' \\\n  --data-raw '{"a":1}'`,
    );
  });

  it('explains what the backend cannot store instead of throwing', () => {
    const segment = dynamicSegment();
    const negated = {
      ...segment,
      blocks: [{ ...segment.blocks[0]!, root: { ...segment.blocks[0]!.root, not: true } }],
    };
    const result = buildRequestPreview({ segment: negated, vendor: 'demo', baseUrl: BASE, catalog: CATALOG });
    expect(result).toEqual({ ok: false, reason: expect.stringMatching(/negate/i) });
  });

  it('spells catalog types the Altcraft way, system fields first', () => {
    const typeOf = wireTypeFromCatalog([
      ...CATALOG,
      { name: '_tz', label: 'Time zone', type: 'enum', category: 'system' },
    ]);
    expect(typeOf('orders')).toBe('int');
    expect(typeOf('vip')).toBe('bool');
    expect(typeOf('_tz')).toBe('tz');
    expect(typeOf('nope')).toBeUndefined();
    expect(canPreview('demo')).toBe(true);
  });
});
