import { http, HttpResponse, type RequestHandler } from 'msw';
import { DEMO_BASE_URL, DEMO_TOKEN } from '@/api/demo';

// Placeholder seed until the full store lands (issue 4); answers in Altcraft's wire format.
const seed = [
  { id: 1, name: 'Women in Moscow', ui_tags: ['geo'], Groups: [] },
  { id: 2, name: 'VIP customers', ui_tags: ['loyalty'], Groups: [] },
  { id: 3, name: 'Newsletter subscribers', ui_tags: [], Groups: [] },
];

export function createHandlers(baseUrl: string = DEMO_BASE_URL): RequestHandler[] {
  return [
    http.post(`${baseUrl}/segments/list/`, async ({ request }) => {
      if (request.headers.get('Authorization') !== `Bearer ${DEMO_TOKEN}`) {
        return HttpResponse.json({ error: 401, error_text: 'API token required', data: null });
      }
      const body = (await request.json()) as { from_id?: number; limit?: number };
      const fromId = body.from_id ?? 1;
      const limit = body.limit ?? 1000;
      const page = seed.filter((s) => s.id >= fromId).slice(0, limit);
      const next = seed.find((s) => s.id > (page.at(-1)?.id ?? Infinity));
      return HttpResponse.json({
        error: 0,
        error_text: 'Successful operation',
        data: page,
        next_from_id: next?.id ?? 0,
        total_count: seed.length,
      });
    }),
  ];
}

export const handlers = createHandlers();
