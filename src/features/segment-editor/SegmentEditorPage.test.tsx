import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useLocation, useParams } from 'react-router';
import { DEMO_BASE_URL } from '@/api/demo';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import { draftKey, writeDraft } from './draftStore';
import SegmentEditorPage from './SegmentEditorPage';
import { newSegmentValues } from './segmentForm';
import { CAPABILITIES } from './testData';

/** Stands in for the detail page: shows where the editor went and what it handed over. */
function DetailProbe() {
  const { id } = useParams();
  const location = useLocation();
  return (
    <main>
      <h1>Detail of {id}</h1>
      <p data-testid="handoff">{JSON.stringify(location.state)}</p>
    </main>
  );
}

function renderEditor(path = '/segments/new') {
  const user = userEvent.setup();
  const view = renderRoute(
    [
      { path: '/segments/new', element: <SegmentEditorPage /> },
      { path: '/segments/:id/edit', element: <SegmentEditorPage /> },
      { path: '/segments/:id', element: <DetailProbe /> },
      { path: '/segments', element: <h1>Segment list</h1> },
    ],
    path,
  );
  return { user, ...view };
}

/** Records the JSON bodies of one endpoint and lets the embedded backend answer as usual. */
function spyOn(path: string) {
  const bodies: Array<Record<string, unknown>> = [];
  const headers: Headers[] = [];
  server.use(
    http.post(`${DEMO_BASE_URL}/${path}`, async ({ request }) => {
      bodies.push((await request.clone().json()) as Record<string, unknown>);
      headers.push(request.headers);
      return undefined;
    }),
  );
  return { bodies, headers };
}

async function waitForForm() {
  const name = await screen.findByRole('textbox', { name: 'Name' });
  // The builder appears once the database's fields are in.
  await screen.findByRole('button', { name: 'Add condition' });
  return name;
}

/** Adds a condition on `field` (by label) with a typed value, at the end of the root group. */
async function addCondition(user: ReturnType<typeof userEvent.setup>, field: string, value: string) {
  const adds = screen.getAllByRole('button', { name: 'Add condition' });
  await user.click(adds[adds.length - 1]!);
  const fields = screen.getAllByRole('combobox', { name: 'Field' });
  const input = fields[fields.length - 1]!;
  await waitFor(() => expect(input).toHaveFocus());
  // The input has focus with its text selected: typing replaces it and filters the list.
  await user.keyboard(`${field}{Enter}`);
  await waitFor(() => expect(input).toHaveValue(field));
  const values = screen.getAllByRole('textbox', { name: 'Value' });
  await user.type(values[values.length - 1]!, value);
}

describe('SegmentEditorPage', () => {
  it('creates a dynamic segment: the backend receives the documented body, then the detail page opens', async () => {
    const add = spyOn('segments/add/');
    const { user, router } = renderEditor();
    let t0 = performance.now();
    const name = await waitForForm();
    console.info('TIME form', performance.now() - t0); t0 = performance.now();
    await user.type(name, 'Moscow readers (editor test)');
    console.info('TIME name', performance.now() - t0); t0 = performance.now();
    await addCondition(user, 'City', 'Moscow');
    console.info('TIME cond', performance.now() - t0); t0 = performance.now();
    await user.click(screen.getByRole('button', { name: 'Save' }));
    console.info('TIME save', performance.now() - t0); t0 = performance.now();

    await screen.findByRole('heading', { name: /^Detail of \d+$/ });
    expect(add.bodies).toHaveLength(1);
    expect(add.bodies[0]).toEqual({
      name: 'Moscow readers (editor test)',
      is_static: false,
      segment: [
        {
          condition: 'and',
          limit: 0,
          list_id: 1,
          percent_from: 0,
          percent_to: 100,
          queries: [
            { compo: 'default', name: '_city', operator: 'equal', type: 'unicode', value: [{ name: 'default', value: 'Moscow' }] },
          ],
        },
      ],
    });
    expect(add.headers[0]!.get('Authorization')).toBe('Bearer demo-token');
    expect(add.headers[0]!.get('Request-ID')).toBeTruthy();
    expect(router.state.location.state).toEqual({
      savedSegment: { id: expect.any(Number), name: 'Moscow readers (editor test)' },
    });
    // The draft is gone once the segment is saved.
    expect(localStorage.getItem(draftKey('demo', undefined))).toBeNull();
  });
});
