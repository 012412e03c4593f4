import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DEMO_BASE_URL } from '@/api/demo';
import { resetStore } from '@/mocks/backend';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SegmentListPage from './SegmentListPage';

const SLOW = { timeout: 10_000 };

function renderList(path = '/segments') {
  return renderRoute(
    [
      { path: '/segments', element: <SegmentListPage /> },
      { path: '/segments/:id', element: <h1>Detail page</h1> },
    ],
    path,
  );
}

const table = () => screen.getByRole('table', { name: 'Segments' });
const rowNames = () =>
  within(table())
    .queryAllByRole('link')
    .map((link) => link.textContent);
const firstRows = () => within(table()).findAllByRole('link', {}, SLOW);

/** Deletes through the row menu and its confirmation dialog. */
async function deleteFromMenu(user: ReturnType<typeof userEvent.setup>, name: string) {
  await user.click(screen.getByRole('button', { name: `Actions for ${name}` }));
  await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
  const dialog = screen.getByRole('dialog', { name: `Delete “${name}”?` });
  await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
}

/** Records the paths the embedded backend was asked for. */
function recordRequests() {
  const paths: string[] = [];
  const listener = ({ request }: { request: Request }) => paths.push(new URL(request.url).pathname);
  server.events.on('request:start', listener);
  return { paths, stop: () => server.events.removeListener('request:start', listener) };
}

afterEach(() => resetStore());

describe('SegmentListPage', () => {
  it('lists the segments the embedded backend returns, each row a link to its detail', async () => {
    renderList();
    const links = await firstRows();
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/segments\/\w+/));
    expect(screen.getByRole('heading', { level: 1, name: 'Segments' })).toBeInTheDocument();
    expect(
      within(table())
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Name', 'Type', 'Database', 'Tags', 'Size', 'Actions']);
    const women = within(table()).getByRole('link', { name: 'Women in Moscow' }).closest('tr')!;
    expect(within(women).getByText('Dynamic')).toBeInTheDocument();
    expect(within(women).getByText('Customers')).toBeInTheDocument();
    expect(within(women).getByText('geo')).toBeInTheDocument();
    expect(await screen.findByText(/Showing \d+ of \d+ segments/)).toBeInTheDocument();
  });

  it('opens a segment from anywhere on its row', async () => {
    const user = userEvent.setup();
    const { router } = renderList();
    await firstRows();
    const row = within(table()).getByRole('link', { name: 'Lapsed VIPs' }).closest('tr')!;
    await user.click(within(row).getByText('Customers'));
    expect(router.state.location.pathname).toMatch(/^\/segments\/\d+$/);
    expect(screen.getByRole('heading', { name: 'Detail page' })).toBeInTheDocument();
  });

  it('reports a server error in words and recovers on Retry', async () => {
    server.use(
      http.post(
        `${DEMO_BASE_URL}/segments/list/`,
        () => HttpResponse.json({ error: 403, error_text: 'No rights for this action', data: null }),
        { once: true },
      ),
    );
    renderList();
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(/could not be loaded/i);
    await userEvent.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await firstRows()).not.toHaveLength(0);
  });

  it('searches by name after a pause in typing and keeps the search in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderList();
    await firstRows();
    await user.type(screen.getByRole('searchbox', { name: 'Search segments' }), 'birthday');
    await waitFor(() => expect(router.state.location.search).toBe('?q=birthday'));
    await waitFor(() => expect(rowNames()).toEqual(['Birthday this week', 'Birthday this month']), SLOW);
  });

  it('reads the view from the URL, so a shared link shows the same list', async () => {
    renderList('/segments?q=moscow&sort=name-desc');
    expect(screen.getByRole('searchbox', { name: 'Search segments' })).toHaveValue('moscow');
    await waitFor(
      () =>
        expect(rowNames()).toEqual([
          'Women in Moscow',
          'Moscow event attendees 2025',
          'Gold members in Moscow — pilot',
        ]),
      SLOW,
    );
    expect(screen.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'descending');
  });

  it('filters by type and sorts by a column, both kept in the URL', async () => {
    const user = userEvent.setup();
    const { router } = renderList();
    await firstRows();
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(screen.getByRole('option', { name: 'Updatable' }));
    expect(router.state.location.search).toBe('?type=updatable');
    const kinds = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => within(row).getAllByRole('cell')[1]!.textContent);
    expect(kinds.length).toBeGreaterThan(0);
    expect(new Set(kinds)).toEqual(new Set(['Updatable']));

    await user.click(within(table()).getByRole('button', { name: 'Size' }));
    expect(router.state.location.search).toBe('?type=updatable&sort=size-desc');
    const sizes = within(table())
      .getAllByRole('row')
      .slice(1)
      .map((row) => Number(within(row).getAllByRole('cell')[4]!.textContent!.replace(/\D/g, '')));
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
  });

  it('deletes after confirmation, hides the row at once and sends nothing if Undo is pressed', async () => {
    const user = userEvent.setup();
    renderList();
    await firstRows();
    const requests = recordRequests();
    await deleteFromMenu(user, 'Lapsed VIPs');
    expect(within(table()).queryByRole('link', { name: 'Lapsed VIPs' })).not.toBeInTheDocument();
    expect(screen.getByText('Deleted “Lapsed VIPs”.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(within(table()).getByRole('link', { name: 'Lapsed VIPs' })).toBeInTheDocument();
    requests.stop();
    expect(requests.paths.filter((path) => path.endsWith('/segments/delete/'))).toEqual([]);
  });

  it('sends the delete when the Undo snackbar closes', async () => {
    const user = userEvent.setup();
    renderList();
    await firstRows();
    const requests = recordRequests();
    await deleteFromMenu(user, 'Lapsed VIPs');
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(requests.paths.filter((path) => path.endsWith('/segments/delete/'))).toHaveLength(1));
    requests.stop();
    await waitFor(() => expect(screen.getByText(/^Showing 44 of 44 segments/)).toBeInTheDocument(), SLOW);
    expect(within(table()).queryByRole('link', { name: 'Lapsed VIPs' })).not.toBeInTheDocument();
  });

  it('brings the row back and says why when the backend refuses the delete', async () => {
    server.use(
      http.post(`${DEMO_BASE_URL}/segments/delete/`, () =>
        HttpResponse.json({ error: 403, error_text: 'No rights for this action', data: null }),
      ),
    );
    const user = userEvent.setup();
    renderList();
    await firstRows();
    await deleteFromMenu(user, 'Lapsed VIPs');
    expect(within(table()).queryByRole('link', { name: 'Lapsed VIPs' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(await screen.findByText(/“Lapsed VIPs” could not be deleted, so it is back/, {}, SLOW)).toBeInTheDocument();
    expect(within(table()).getByRole('link', { name: 'Lapsed VIPs' })).toBeInTheDocument();
  });

  it('clones a segment from its menu and offers to open the copy', { timeout: 60_000 }, async () => {
    const user = userEvent.setup();
    renderList();
    await firstRows();
    await user.click(screen.getByRole('button', { name: 'Actions for Lapsed VIPs' }));
    await user.click(screen.getByRole('menuitem', { name: 'Clone' }));
    expect(await screen.findByText('Cloned as “Lapsed VIPs (copy)”.', {}, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Open' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/segments\/\d+$/),
    );
    // The copy is the newest, so it sits at the end of the list, out of view: the total says it is there.
    expect(await screen.findByText('46 segments', {}, SLOW)).toBeInTheDocument();
  });

  it('offers Edit as a link to the editor', async () => {
    const user = userEvent.setup();
    renderList();
    await firstRows();
    await user.click(screen.getByRole('button', { name: 'Actions for Lapsed VIPs' }));
    expect(screen.getByRole('menuitem', { name: 'Edit' })).toHaveAttribute(
      'href',
      expect.stringMatching(/^\/segments\/\d+\/edit$/),
    );
  });

  it('says when nothing matches and clears the filters', async () => {
    const user = userEvent.setup();
    renderList('/segments?q=no-such-segment');
    expect(await screen.findByText('No segments match “no-such-segment”.', {}, SLOW)).toBeInTheDocument();
    await user.click(screen.getAllByRole('button', { name: 'Clear filters' })[0]!);
    expect(await firstRows()).not.toHaveLength(0);
  });
});
