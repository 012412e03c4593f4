import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DEMO_BASE_URL } from '@/api/demo';
import { currentBackend, resetStore } from '@/mocks/backend';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SegmentDetailPage from './SegmentDetailPage';

const SLOW = { timeout: 15_000 };

afterEach(() => resetStore());

it(
  'clones under the next free name when the server refuses "(copy)" as taken, and opens the copy',
  {
    timeout: 60_000,
  },
  async () => {
    const names: string[] = [];
    server.use(
      http.post(`${DEMO_BASE_URL}/segments/add/`, async ({ request }) => {
        const { name } = (await request.clone().json()) as { name: string };
        names.push(name);
        if (name !== 'Gmail users (copy)') return undefined;
        return HttpResponse.json({ error: 409, error_text: 'a segment named "Gmail users (copy)" already exists' });
      }),
    );
    const id = currentBackend().store.segmentNamed('Gmail users')!.id;
    const user = userEvent.setup();
    renderRoute([{ path: '/segments/:id', element: <SegmentDetailPage /> }], `/segments/${id}`);
    await user.click(await screen.findByRole('button', { name: 'Clone' }, SLOW));
    expect(await screen.findByRole('heading', { level: 1, name: 'Gmail users (copy 2)' }, SLOW)).toBeInTheDocument();
    expect(screen.getByText('Cloned as “Gmail users (copy 2)”.')).toBeInTheDocument();
    expect(names).toEqual(['Gmail users (copy)', 'Gmail users (copy 2)']);
  },
);
