import { screen, waitFor } from '@testing-library/react';
import { http } from 'msw';
import { getActiveConnection, providerFor, setActiveConnection } from '@/api/connections';
import { DEMO_BASE_URL } from '@/api/demo';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SegmentEditorPage from './SegmentEditorPage';

// The form stands in as a stub that asks for nothing: any catalog request then comes from the page,
// which must not wait for the form's (slow, on a phone) first render to ask for it.
vi.mock('./SegmentEditor', () => ({ SegmentEditor: () => <p>The form</p> }));

/** The database ids of each databases/fields_get/ request. */
function catalogRequests() {
  const ids: unknown[] = [];
  server.use(
    http.post(`${DEMO_BASE_URL}/databases/fields_get/`, async ({ request }) => {
      const body = (await request.clone().json()) as Record<string, unknown>;
      ids.push(body.id ?? body.db_id ?? body.list_id);
      return undefined;
    }),
  );
  return ids;
}

function renderPage(path: string) {
  return renderRoute(
    [
      { path: '/segments/new', element: <SegmentEditorPage /> },
      { path: '/segments/:id/edit', element: <SegmentEditorPage /> },
    ],
    path,
  );
}

afterEach(() => setActiveConnection('demo'));

describe('the editor’s field catalog, asked for as soon as its database is known', () => {
  it('a new segment: the first database’s', async () => {
    const ids = catalogRequests();
    renderPage('/segments/new');
    await screen.findByText('The form');
    await waitFor(() => expect(ids).toEqual([1]));
  });

  it('a stored segment: its own database’s', async () => {
    const ids = catalogRequests();
    renderPage('/segments/1/edit');
    await screen.findByText('The form');
    await waitFor(() => expect(ids).toHaveLength(1));
    const segment = await providerFor(getActiveConnection()!).get('1');
    expect(ids).toEqual([segment.databaseId]);
  });

  it('nothing where the backend has no rules to build (Digital Audience)', async () => {
    setActiveConnection('demo-da');
    const ids = catalogRequests();
    renderPage('/segments/new');
    await screen.findByRole('alert');
    expect(ids).toEqual([]);
  });
});
