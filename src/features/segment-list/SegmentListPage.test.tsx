import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { DEMO_BASE_URL } from '@/api/demo';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import SegmentListPage from './SegmentListPage';

function renderList() {
  return renderRoute([{ path: '/segments', element: <SegmentListPage /> }], '/segments');
}

describe('SegmentListPage', () => {
  it('lists the segments the embedded backend returns', async () => {
    renderList();
    const table = screen.getByRole('table', { name: 'Segments' });
    const links = await within(table).findAllByRole('link');
    expect(links.length).toBeGreaterThan(0);
    expect(links[0]).toHaveAttribute('href', expect.stringMatching(/^\/segments\/\w+/));
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
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be loaded/i);
    within(alert).getByRole('button', { name: 'Retry' }).click();
    expect(await within(screen.getByRole('table', { name: 'Segments' })).findAllByRole('link')).not.toHaveLength(0);
  });
});
