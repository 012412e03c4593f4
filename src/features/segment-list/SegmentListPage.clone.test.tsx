import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DEMO_BASE_URL } from '@/api/demo';
import { resetStore } from '@/mocks/backend';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SegmentListPage from './SegmentListPage';

const SLOW = { timeout: 15_000 };

function renderList() {
  return renderRoute([{ path: '/segments', element: <SegmentListPage /> }], '/segments');
}

/** The names sent to segments/add/, in order. */
function recordCreatedNames() {
  const names: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (!request.url.endsWith('/segments/add/')) return;
    void request
      .clone()
      .json()
      .then((body: { name: string }) => names.push(body.name));
  };
  server.events.on('request:start', listener);
  return { names, stop: () => server.events.removeListener('request:start', listener) };
}

async function cloneFromMenu(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  await user.click(screen.getByRole('menuitem', { name: 'Clone' }));
}

afterEach(() => resetStore());

describe('Clone from the list', () => {
  it('names a second copy "(copy 2)" instead of failing on the taken "(copy)"', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    renderList();
    await within(await screen.findByRole('table', { name: 'Segments' })).findAllByRole('link', {}, SLOW);
    await cloneFromMenu(user, 'Gmail users');
    expect(await screen.findByText('Cloned as “Gmail users (copy)”.', {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    // The list reloads after a save; the copy is among the names it knows next time.
    expect(await screen.findByText('46 segments', {}, SLOW)).toBeInTheDocument();
    await cloneFromMenu(user, 'Gmail users');
    expect(await screen.findByText('Cloned as “Gmail users (copy 2)”.', {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByText(/could not be cloned/)).not.toBeInTheDocument();
  });

  it('tries the next name when the server refuses one as taken (409)', { timeout: 60_000 }, async () => {
    let refused = 0;
    // The server holds a "(copy)" the loaded list has not shown: it refuses that name once.
    server.use(
      http.post(`${DEMO_BASE_URL}/segments/add/`, async ({ request }) => {
        const body = (await request.clone().json()) as { name: string };
        if (body.name !== 'Gmail users (copy)') return undefined;
        refused += 1;
        return HttpResponse.json({ error: 409, error_text: 'a segment named "Gmail users (copy)" already exists' });
      }),
    );
    const created = recordCreatedNames();
    const user = userEvent.setup();
    renderList();
    await within(await screen.findByRole('table', { name: 'Segments' })).findAllByRole('link', {}, SLOW);
    await cloneFromMenu(user, 'Gmail users');
    expect(await screen.findByText('Cloned as “Gmail users (copy 2)”.', {}, SLOW)).toBeInTheDocument();
    created.stop();
    expect(refused).toBe(1);
    expect(created.names).toEqual(['Gmail users (copy)', 'Gmail users (copy 2)']);
  });

  it(
    'does not resend a clone whose answer was lost; it says so and offers the same write again',
    {
      timeout: 60_000,
    },
    async () => {
      let attempts = 0;
      const requestIds: Array<string | null> = [];
      server.use(
        http.post(`${DEMO_BASE_URL}/segments/add/`, ({ request }) => {
          attempts += 1;
          requestIds.push(request.headers.get('Request-ID'));
          if (attempts === 1) return HttpResponse.error();
          return undefined;
        }),
      );
      const user = userEvent.setup();
      renderList();
      await within(await screen.findByRole('table', { name: 'Segments' })).findAllByRole('link', {}, SLOW);
      await cloneFromMenu(user, 'Gmail users');
      expect(
        await screen.findByText(/The copy of “Gmail users” may or may not have been made/, {}, SLOW),
      ).toBeInTheDocument();
      expect(attempts).toBe(1);
      await user.click(screen.getByRole('button', { name: 'Retry' }));
      expect(await screen.findByText('Cloned as “Gmail users (copy)”.', {}, SLOW)).toBeInTheDocument();
      expect(attempts).toBe(2);
      expect(requestIds[1]).toBe(requestIds[0]);
    },
  );
});
