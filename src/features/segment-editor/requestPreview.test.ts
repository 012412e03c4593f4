import { createAltcraftProvider } from '@/api/altcraft/provider';
import { scriptedFetch } from '@/api/altcraft/testing/fixtures';
import type { WriteRequest } from '@/api/provider';
import { toSegment, newSegmentValues } from './segmentForm';
import { curlCommand, MASKED_TOKEN, previewOf, shellQuote } from './requestPreview';
import { CAPABILITIES, cond, group } from './testData';

const BASE = 'https://example.test/api/v1.1/';

/** The real adapter over a scripted server, so the preview shows what a save would send. */
function provider() {
  const fields = {
    error: 0,
    error_text: 'Successful operation',
    data: [
      { name: '_city', title: 'City', type: 'unicode', category: 'system' },
      // float, not int: the database's own wire type must win over a guess from the catalog type.
      { name: 'orders', title: 'Orders', type: 'float', category: 'custom' },
    ],
  };
  const scripted = scriptedFetch({ 'databases/fields_get/': fields }, BASE.replace(/\/$/, ''));
  return createAltcraftProvider({ baseUrl: BASE, token: 'demo-token', connectionId: 'c', fetch: scripted.fetch });
}

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

async function previewFor(segment = dynamicSegment()) {
  return previewOf(await provider().writeRequest!(segment));
}

describe('request preview', () => {
  it('renders the segments/add/ body the adapter sends, as JSON and XML', async () => {
    const preview = await previewFor();
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
            { condition: 'and', child: [{ name: 'orders', operator: 'greater', type: 'float' }] },
          ],
        },
      ],
    });
    expect(JSON.parse(preview.json)).toEqual(preview.body);
    expect(preview.xml).toMatch(/^<xml>\n/);
    expect(preview.xml).toContain('<name>Chicago buyers</name>');
    expect(preview.headers).toEqual([
      ['Content-Type', 'application/json'],
      ['Authorization', `Bearer ${MASKED_TOKEN}`],
    ]);
  });

  it('uses segments/update/ with the id for an existing segment', async () => {
    const preview = await previewFor({ ...dynamicSegment(), id: 12 });
    expect(preview.url).toBe('https://example.test/api/v1.1/segments/update/');
    expect(preview.body).toMatchObject({ id: 12 });
  });

  it('masks the token in cURL and quotes the body for a POSIX shell', async () => {
    const { curl } = await previewFor();
    expect(curl).toContain(`-H 'Authorization: Bearer ${MASKED_TOKEN}'`);
    expect(curl).not.toMatch(/demo-token/);
    expect(curl.startsWith("curl -X POST 'https://example.test/api/v1.1/segments/add/'")).toBe(true);
    expect(curl).toContain(`O'\\''Hare`);
    expect(shellQuote("it's")).toBe(`'it'\\''s'`);
    expect(curlCommand({ method: 'POST', url: 'u', headers: [], body: { a: 1 } })).toBe(
      `curl -X POST 'u' \\\n  --data-raw '{"a":1}'`,
    );
  });

  it('has no XML when the request has none', () => {
    const request: WriteRequest = {
      method: 'POST',
      url: 'https://x.test/a',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${MASKED_TOKEN}` },
      body: { a: 'b' },
    };
    const preview = previewOf(request);
    expect(preview).not.toHaveProperty('xml');
    expect(preview.json).toBe('{\n  "a": "b"\n}');
    expect(preview.curl).toBe(
      `curl -X POST 'https://x.test/a' \\\n  -H 'Content-Type: application/json' \\\n  -H 'Authorization: Bearer ${MASKED_TOKEN}' \\\n  --data-raw '{"a":"b"}'`,
    );
  });

  it('rejects what the backend cannot store, with a reason to show', async () => {
    const segment = dynamicSegment();
    const negated = {
      ...segment,
      blocks: [{ ...segment.blocks[0]!, root: { ...segment.blocks[0]!.root, not: true } }],
    };
    await expect(provider().writeRequest!(negated)).rejects.toThrow(/negate/i);
  });
});
