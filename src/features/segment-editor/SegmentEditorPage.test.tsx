import { act, screen, waitFor, waitForElementToBeRemoved, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { useLocation, useParams } from 'react-router';
import { onTestFinished } from 'vitest';
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

type User = ReturnType<typeof userEvent.setup>;

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

/** Answers one endpoint with an Altcraft envelope error (HTTP 200, as the vendor does). */
function failWith(path: string, error: number, errorText: string, data: unknown = null) {
  let calls = 0;
  server.use(
    http.post(`${DEMO_BASE_URL}/${path}`, () => {
      calls += 1;
      return HttpResponse.json({ error, error_text: errorText, data });
    }),
  );
  return { calls: () => calls };
}

async function waitForForm() {
  const name = await screen.findByRole('textbox', { name: 'Name' });
  // The builder appears once the database's fields are in.
  await screen.findByRole('button', { name: 'Add condition' });
  return name;
}

/** Adds a condition on `field` (by label) with a typed value, at the end of the root group. */
async function addCondition(user: User, field: string, value: string) {
  const adds = screen.getAllByRole('button', { name: 'Add condition' });
  await user.click(adds[adds.length - 1]!);
  const fields = screen.getAllByRole('combobox', { name: 'Field' });
  const input = fields[fields.length - 1]!;
  await waitFor(() => expect(input).toHaveFocus());
  // The new row's field has focus with its text selected: typing replaces it and filters the list.
  await user.keyboard(`${field}{Enter}`);
  await waitFor(() => expect(input).toHaveValue(field));
  const values = screen.getAllByRole('textbox', { name: 'Value' });
  await user.type(values[values.length - 1]!, value);
}

/** A named dynamic segment with one complete condition, ready to save. */
async function fillValidSegment(user: User, name: string) {
  const nameInput = await waitForForm();
  await user.type(nameInput, name);
  await addCondition(user, 'City', 'Moscow');
  return nameInput;
}

const save = () => screen.getByRole('button', { name: 'Save' });

/** Replaces the clipboard (user-event's stub included) with a spy, for this test only. */
function stubClipboard() {
  const writeText = vi.fn<(text: string) => Promise<void>>(() => Promise.resolve());
  const original = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
  onTestFinished(() => {
    if (original) Object.defineProperty(navigator, 'clipboard', original);
    else Reflect.deleteProperty(navigator, 'clipboard');
  });
  return writeText;
}

describe('SegmentEditorPage', () => {
  it('creates a dynamic segment: the backend receives the documented body, then the detail page opens', async () => {
    const add = spyOn('segments/add/');
    const { user, router } = renderEditor();
    await fillValidSegment(user, 'Moscow readers (editor test)');
    await user.click(save());

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
            {
              compo: 'default',
              name: '_city',
              operator: 'equal',
              type: 'unicode',
              value: [{ name: 'default', value: 'Moscow' }],
            },
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

  it('keeps everything and says why when the save fails', async () => {
    failWith('segments/add/', 500, 'database is locked');
    const { user, router } = renderEditor();
    const name = await fillValidSegment(user, 'Kept after a failure');
    await user.click(save());

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The segment was not saved: The server had an internal error. Try again later.');
    expect(alert).toHaveTextContent('database is locked');
    expect(name).toHaveValue('Kept after a failure');
    expect(screen.getByRole('textbox', { name: 'Value' })).toHaveValue('Moscow');
    expect(router.state.location.pathname).toBe('/segments/new');
    expect(save()).toBeEnabled();
  });

  it('keeps the draft and says so when the network is down', async () => {
    server.use(http.post(`${DEMO_BASE_URL}/segments/add/`, () => HttpResponse.error()));
    const { user } = renderEditor();
    await fillValidSegment(user, 'Written offline');
    await user.click(save());

    expect(await screen.findByRole('alert')).toHaveTextContent(/kept in this browser as a draft/);
    const stored = JSON.parse(localStorage.getItem(draftKey('demo', undefined)) ?? 'null') as {
      values: { name: string };
    } | null;
    expect(stored?.values.name).toBe('Written offline');
  });

  it('never duplicates a create whose answer was lost: after a reload, Save resolves it under its Request-ID', async () => {
    // The server commits, then a gateway answers 502 with an HTML page. A repeated Request-ID is
    // answered with the first answer, as Altcraft documents; a new Request-ID would be a duplicate.
    const created = new Map<string, number>();
    const adds: Array<{ requestId: string; name: unknown }> = [];
    const updates: Array<{ id: unknown; name: unknown }> = [];
    server.use(
      http.post(`${DEMO_BASE_URL}/segments/add/`, async ({ request }) => {
        const requestId = request.headers.get('Request-ID') ?? '';
        const body = (await request.json()) as { name: unknown };
        adds.push({ requestId, name: body.name });
        const known = created.get(requestId);
        if (known === undefined) {
          created.set(requestId, 777);
          return new HttpResponse('<html><body>502 Bad Gateway</body></html>', {
            status: 502,
            headers: { 'Content-Type': 'text/html' },
          });
        }
        return HttpResponse.json(
          { error: 0, error_text: 'Successful operation', data: { saved_id: known } },
          { headers: { 'Duplicate-Request': 'true' } },
        );
      }),
      http.post(`${DEMO_BASE_URL}/segments/update/`, async ({ request }) => {
        const body = (await request.json()) as { id: unknown; name: unknown };
        updates.push({ id: body.id, name: body.name });
        return HttpResponse.json({ error: 0, error_text: 'Successful operation', data: { saved_id: 777 } });
      }),
    );
    const first = renderEditor();
    await fillValidSegment(first.user, 'Lost answer');
    await first.user.click(save());
    expect(await screen.findByRole('alert')).toHaveTextContent(/may have been saved/);
    expect(save()).toBeEnabled();
    first.unmount();

    // A reload: the draft brings the change back, with the uncertain write's Request-ID.
    const second = renderEditor();
    const name = await waitForForm();
    expect(name).toHaveValue('Lost answer');
    await second.user.clear(name);
    await second.user.type(name, 'Lost answer, renamed');
    await second.user.click(save());

    await screen.findByRole('heading', { name: 'Detail of 777' });
    expect(adds.map((add) => add.requestId)).toEqual([adds[0]!.requestId, adds[0]!.requestId]);
    expect(adds[1]!.name).toBe('Lost answer');
    // The edit made since goes out as an update of the segment the create made.
    expect(updates).toEqual([{ id: 777, name: 'Lost answer, renamed' }]);
    expect(second.router.state.location.state).toEqual({
      savedSegment: { id: 777, name: 'Lost answer, renamed' },
    });
  });

  it('locks the form while a save is on its way, and stays put if the marketer left meanwhile', async () => {
    let release: () => void = () => {};
    server.use(
      http.post(`${DEMO_BASE_URL}/segments/add/`, async () => {
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json({ error: 0, error_text: 'Successful operation', data: { saved_id: 4242 } });
      }),
    );
    const { user, router } = renderEditor();
    const name = await fillValidSegment(user, 'Slow save');
    await user.click(save());
    await waitFor(() => expect(name).toBeDisabled());
    expect(screen.getByRole('group', { busy: true })).toBeInTheDocument();

    await act(async () => {
      void router.navigate('/segments');
    });
    // The dialog says what really happens: the save goes on.
    const dialog = await screen.findByRole('dialog', { name: 'Leave while saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Leave' }));
    act(() => release());
    await screen.findByRole('heading', { name: 'Segment list' });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(router.state.location.pathname).toBe('/segments');
  });

  it('shows a replayed save as the success it is', async () => {
    server.use(
      http.post(`${DEMO_BASE_URL}/segments/add/`, () =>
        HttpResponse.json(
          { error: 0, error_text: 'Successful operation', data: { saved_id: 31 } },
          { headers: { 'X-Duplicate-Request': 'true' } },
        ),
      ),
    );
    const { user, router } = renderEditor();
    await fillValidSegment(user, 'Replayed');
    await user.click(save());
    await screen.findByRole('heading', { name: 'Detail of 31' });
    expect(router.state.location.state).toEqual({ savedSegment: { id: 31, name: 'Replayed', replayed: true } });
  });

  it('puts a 450 field error on its field', async () => {
    failWith('segments/add/', 450, 'Validation error', { name: 'contains a forbidden word' });
    const { user } = renderEditor();
    const name = await fillValidSegment(user, 'Forbidden word');
    await user.click(save());

    await waitFor(() => expect(name).toHaveAccessibleDescription('contains a forbidden word'));
    expect(name).toHaveAttribute('aria-invalid', 'true');
    // The editor moves focus in the next frame, once the error is on screen.
    await waitFor(() => expect(name).toHaveFocus());
    expect(screen.getByRole('alert')).toHaveTextContent('name: contains a forbidden word');
  });

  it('sends one request for a double click on Save', async () => {
    const add = spyOn('segments/add/');
    const { user } = renderEditor();
    await fillValidSegment(user, 'Double clicked');
    await user.dblClick(save());

    await screen.findByRole('heading', { name: /^Detail of \d+$/ });
    expect(add.bodies).toHaveLength(1);
  });

  it('counts the problems, sends nothing and focuses the first one', async () => {
    const add = spyOn('segments/add/');
    const { user } = renderEditor();
    await waitForForm();
    await user.click(save());

    expect(await screen.findByRole('alert')).toHaveTextContent('2 problems to fix before saving');
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Name' })).toHaveFocus());
    expect(screen.getByRole('textbox', { name: 'Name' })).toHaveAccessibleDescription(/name/i);
    expect(add.bodies).toHaveLength(0);
  });

  it('undoes and redoes with the buttons and the keyboard, a burst of typing being one step', async () => {
    const { user } = renderEditor();
    const name = await waitForForm();
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();

    await user.type(name, 'Loyal');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    expect(screen.getAllByRole('combobox', { name: 'Field' })).toHaveLength(1);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByRole('combobox', { name: 'Field' })).not.toBeInTheDocument();
    expect(name).toHaveValue('Loyal');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name).toHaveValue('');

    await user.click(screen.getByRole('button', { name: 'Redo' }));
    expect(name).toHaveValue('Loyal');

    await user.click(name);
    await user.keyboard('{Control>}z{/Control}');
    expect(name).toHaveValue('');
    await user.keyboard('{Control>}{Shift>}z{/Shift}{/Control}');
    expect(name).toHaveValue('Loyal');
    await user.keyboard('{Control>}y{/Control}');
    expect(screen.getAllByRole('combobox', { name: 'Field' })).toHaveLength(1);
  });

  it('restores a saved draft with a banner, and discards it on request', async () => {
    const savedAt = new Date(2030, 0, 1, 14, 32).getTime();
    const values = { ...newSegmentValues(CAPABILITIES, 1), name: 'Half-finished idea' };
    writeDraft(localStorage, draftKey('demo', undefined), values, savedAt);
    const { user } = renderEditor();
    const name = await waitForForm();

    expect(name).toHaveValue('Half-finished idea');
    const banner = screen.getByText(/Restored your unsaved draft from/).closest('[role="alert"]') as HTMLElement;
    expect(banner).toHaveTextContent('Restored your unsaved draft from Jan 1, 2030, 14:32');

    await user.click(within(banner).getByRole('button', { name: 'Discard draft' }));
    expect(name).toHaveValue('');
    expect(screen.queryByText(/Restored your unsaved draft/)).not.toBeInTheDocument();
    await waitFor(() => expect(localStorage.getItem(draftKey('demo', undefined))).toBeNull());
    // Undo brings a discarded draft back.
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name).toHaveValue('Half-finished idea');
  });

  it('asks before restoring a draft made from an older server copy: keep mine, take theirs, or compare', async () => {
    const values = { ...newSegmentValues(CAPABILITIES, 1), id: 1, name: 'My old draft' };
    writeDraft(localStorage, draftKey('demo', '1'), values, Date.now(), { base: 'an-older-server-copy' });
    const first = renderEditor('/segments/1/edit');
    const dialog = await screen.findByRole('dialog', { name: 'This segment changed since your draft' });
    await first.user.click(within(dialog).getByRole('button', { name: 'Compare side by side' }));
    // Each version in words, described once the two are compared.
    expect(within(dialog).getByRole('region', { name: 'Your draft' })).toHaveTextContent(/profiles/i);
    expect(within(dialog).getByRole('region', { name: 'On the server now' })).toHaveTextContent(/Moscow/);
    await first.user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    const name = await waitForForm();
    expect(name).not.toHaveValue('My old draft');
    await waitFor(() => expect(localStorage.getItem(draftKey('demo', '1'))).toBeNull());
    first.unmount();

    writeDraft(localStorage, draftKey('demo', '1'), values, Date.now(), { base: 'an-older-server-copy' });
    const second = renderEditor('/segments/1/edit');
    const again = await screen.findByRole('dialog', { name: 'This segment changed since your draft' });
    await second.user.click(within(again).getByRole('button', { name: 'Keep mine' }));
    expect(await waitForForm()).toHaveValue('My old draft');
    // The draft now stands on the server copy the marketer has seen: a reload does not ask again.
    const stored = JSON.parse(localStorage.getItem(draftKey('demo', '1')) ?? '{}') as { base?: string };
    expect(stored.base).toBeDefined();
    expect(stored.base).not.toBe('an-older-server-copy');
  });

  it('stores a draft while typing', async () => {
    const { user } = renderEditor();
    const name = await waitForForm();
    await user.type(name, 'Typed then reloaded');
    await waitFor(() =>
      expect(JSON.parse(localStorage.getItem(draftKey('demo', undefined)) ?? '{}')).toMatchObject({
        values: { name: 'Typed then reloaded' },
      }),
    );
  });

  it('edits a stored segment: the database is locked with its reason, and the save is an update', async () => {
    const update = spyOn('segments/update/');
    const { user } = renderEditor('/segments/1/edit');
    const name = await waitForForm();
    expect(name).toHaveValue('Women in Moscow');
    const database = screen.getByRole('combobox', { name: 'Database' });
    expect(database).toHaveAttribute('aria-disabled', 'true');
    expect(
      screen.getByText("The database can't be changed after a segment is created — the vendor forbids it."),
    ).toBeInTheDocument();

    await user.clear(name);
    await user.type(name, 'Women in Moscow (edited)');
    await user.click(save());
    await screen.findByRole('heading', { name: 'Detail of 1' });
    expect(update.bodies[0]).toMatchObject({ id: 1, name: 'Women in Moscow (edited)', is_static: false, list_id: 1 });
  });

  it('saves a static segment without conditions and explains where members are managed', async () => {
    const add = spyOn('segments/add/');
    const { user } = renderEditor();
    const name = await waitForForm();
    await user.type(name, 'Hand-picked (editor test)');
    await user.click(screen.getByRole('radio', { name: 'Static' }));
    expect(screen.getByText(/members are managed on the segment’s detail page/)).toBeInTheDocument();
    expect(screen.queryByRole('slider', { name: 'Sample' })).not.toBeInTheDocument();
    await user.click(save());

    await screen.findByRole('heading', { name: /^Detail of \d+$/ });
    expect(add.bodies[0]).toEqual({
      name: 'Hand-picked (editor test)',
      is_static: true,
      list_id: 1,
      is_refresh_daily: false,
    });
  });

  it('shows the estimated size in a live region', async () => {
    renderEditor();
    await waitForForm();
    const estimate = screen.getByRole('status', { name: 'Estimated size' });
    await waitFor(() => expect(estimate).toHaveTextContent(/≈ 50,000 profiles/), { timeout: 5000 });
    // With no conditions yet, the sample's caption counts the database, not "profiles that match".
    await waitFor(() =>
      expect(screen.getByRole('group', { name: 'Sample' })).toHaveAccessibleDescription(
        'No sample: all 50,000 profiles in the database',
      ),
    );
  });

  it('asks before leaving with unsaved changes', async () => {
    const { user, router } = renderEditor();
    const name = await waitForForm();
    await user.type(name, 'Unsaved');
    await act(() => router.navigate('/segments'));
    const dialog = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    await waitForElementToBeRemoved(dialog);
    // Focus goes back to where it was before the dialog.
    await waitFor(() => expect(name).toHaveFocus());
    expect(router.state.location.pathname).toBe('/segments/new');
    expect(name).toHaveValue('Unsaved');

    await act(() => router.navigate('/segments'));
    const again = await screen.findByRole('dialog', { name: 'Leave without saving?' });
    await user.click(within(again).getByRole('button', { name: 'Leave' }));
    await screen.findByRole('heading', { name: 'Segment list' });
  });

  it('refuses an invalid import file clearly and keeps the form', async () => {
    const { user } = renderEditor();
    const name = await waitForForm();
    await user.type(name, 'Before import');
    const file = new File([JSON.stringify({ name: 'x', kind: 'weekly' })], 'bad.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Segment file to import'), file);

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The file could not be imported:');
    expect(alert).toHaveTextContent(/kind: /);
    expect(name).toHaveValue('Before import');
  });

  it('imports a segment file into the form, and Undo brings back what was there', async () => {
    const { user } = renderEditor();
    const name = await waitForForm();
    await user.type(name, 'Before import');
    const imported = {
      ...newSegmentValues(CAPABILITIES, 1),
      name: 'Imported segment',
      kind: 'updatable',
      tags: ['imported'],
    };
    const file = new File([JSON.stringify(imported)], 'good.json', { type: 'application/json' });
    await user.upload(screen.getByLabelText('Segment file to import'), file);

    expect(await screen.findByText(/Imported “Imported segment”/)).toBeInTheDocument();
    expect(name).toHaveValue('Imported segment');
    expect(screen.getByRole('radio', { name: 'Updatable' })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(name).toHaveValue('Before import');
  });

  it('previews the request Save sends, with the database’s own field types, and copies it', async () => {
    const add = spyOn('segments/add/');
    const { user } = renderEditor();
    // After userEvent.setup(), which installs its own clipboard.
    const writeText = stubClipboard();
    const name = await waitForForm();
    await user.type(name, 'Big spenders');
    await user.click(screen.getByRole('button', { name: 'Add condition' }));
    const field = screen.getByRole('combobox', { name: 'Field' });
    await waitFor(() => expect(field).toHaveFocus());
    await user.keyboard('Total spent{Enter}');
    await waitFor(() => expect(field).toHaveValue('Total spent'));
    await user.type(screen.getByRole('spinbutton', { name: 'Value' }), '250');

    await user.click(screen.getByRole('button', { name: 'Request preview' }));
    const shown = await screen.findByLabelText('Request preview', { selector: 'pre' });
    // Total spent is a number in the catalog but `float` in the database: the real type is used.
    await waitFor(() => expect(shown).toHaveTextContent('"type": "float"'));
    expect(shown).toHaveTextContent('"name": "Big spenders"');
    expect(screen.getByText(`POST ${DEMO_BASE_URL}/segments/add/`)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(1));
    const json = writeText.mock.calls[0]![0];
    expect(json).toBe(shown.textContent);
    expect(await screen.findByText('Copied to the clipboard')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Copy as cURL' }));
    await waitFor(() => expect(writeText).toHaveBeenCalledTimes(2));
    const curl = writeText.mock.calls[1]![0];
    expect(curl.startsWith(`curl -X POST '${DEMO_BASE_URL}/segments/add/'`)).toBe(true);
    expect(curl).toContain("-H 'Authorization: Bearer ••••••'");
    expect(curl).not.toContain('demo-token');
    expect(curl).toContain(`--data-raw '${JSON.stringify(JSON.parse(json))}'`);
    expect(screen.getByText('Copied to the clipboard')).toBeInTheDocument();

    // What the preview showed is byte for byte what Save sends.
    await user.click(save());
    await screen.findByRole('heading', { name: /^Detail of \d+$/ });
    expect(add.bodies).toEqual([JSON.parse(json)]);
  });

  it('says the segment in plain words, following the edits', async () => {
    const { user } = renderEditor();
    await waitForForm();
    await addCondition(user, 'City', 'Moscow');
    const summary = screen.getByRole('region', { name: 'In plain words' });
    await waitFor(() => expect(summary).toHaveTextContent(/Moscow/));

    const value = screen.getByRole('textbox', { name: 'Value' });
    await user.clear(value);
    await user.type(value, 'Kazan');
    await waitFor(() => expect(summary).toHaveTextContent(/Kazan/));
    expect(summary).not.toHaveTextContent(/Moscow/);
  });

  it('dismisses the draft banner and keeps the draft', async () => {
    const values = { ...newSegmentValues(CAPABILITIES, 1), name: 'Kept after dismissing' };
    writeDraft(localStorage, draftKey('demo', undefined), values, Date.now());
    const { user } = renderEditor();
    const name = await waitForForm();
    const banner = screen.getByText(/Restored your unsaved draft from/).closest('[role="alert"]') as HTMLElement;

    await user.click(within(banner).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByText(/Restored your unsaved draft/)).not.toBeInTheDocument();
    expect(name).toHaveValue('Kept after dismissing');
    expect(screen.getByRole('button', { name: 'Undo' })).toBeDisabled();
  });

  it('starts a new segment at its name, with no errors until a control is left or Save is pressed', async () => {
    const { user } = renderEditor();
    const name = await waitForForm();
    await waitFor(() => expect(name).toHaveFocus());
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull();

    await user.type(name, 'Quiet until left');
    await addCondition(user, 'City', 'Moscow');
    // Enter on the last value adds a blank row and goes to it: the blank row is not an error yet.
    await user.keyboard('{Enter}');
    await waitFor(() => expect(screen.getAllByRole('combobox', { name: 'Field' })).toHaveLength(2));
    const blankRow = screen.getAllByRole('combobox', { name: 'Field' })[1]!.closest('[data-node-id]') as HTMLElement;
    await waitFor(() => expect(within(blankRow).getByRole('combobox', { name: 'Field' })).toHaveFocus());
    expect(document.querySelector('[aria-invalid="true"]')).toBeNull();

    // Leaving the row is the marketer's "done here": now its missing value is pointed out.
    await user.click(name);
    await waitFor(() =>
      expect(within(blankRow).getByRole('textbox', { name: 'Value' })).toHaveAttribute('aria-invalid', 'true'),
    );
  });

  it('saves with Ctrl+S or Cmd+S', async () => {
    const add = spyOn('segments/add/');
    const { user } = renderEditor();
    await fillValidSegment(user, 'Saved from the keyboard');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByRole('heading', { name: /^Detail of \d+$/ });
    expect(add.bodies).toHaveLength(1);
  });

  it('marks Name when the server refuses a duplicate name (409)', async () => {
    failWith('segments/add/', 409, 'Another record with the same unique attributes already exists');
    const { user } = renderEditor();
    const name = await fillValidSegment(user, 'Taken name');
    await user.click(save());

    await waitFor(() =>
      expect(name).toHaveAccessibleDescription('A segment with this name already exists. Choose another name.'),
    );
    expect(name).toHaveAttribute('aria-invalid', 'true');
    await waitFor(() => expect(name).toHaveFocus());
    // A new name is a new question for the server: the mark goes with the old one.
    await user.type(name, ' 2');
    expect(name).not.toHaveAttribute('aria-invalid', 'true');
  });
});
