import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { DEMO_BASE_URL } from '@/api/demo';
import { currentBackend, resetStore } from '@/mocks/backend';
import { inSample } from '@/domain/sample';
import { server } from '@/mocks/node';
import { renderRoute } from '@/test/render';
import { savedHandoff } from '@/ui/savedHandoff';
import SegmentDetailPage from './SegmentDetailPage';

const SLOW = { timeout: 10_000 };

function idOf(name: string): number {
  const segment = currentBackend().store.segmentNamed(name);
  if (!segment) throw new Error(`No seeded segment "${name}"`);
  return segment.id;
}

function renderDetail(id: number | string, state?: unknown) {
  return renderRoute(
    [
      { path: '/segments', element: <h1>List page</h1> },
      { path: '/segments/:id', element: <SegmentDetailPage /> },
    ],
    { pathname: `/segments/${id}`, state },
  );
}

const section = (name: string) => screen.getByRole('region', { name });

afterEach(() => resetStore());

describe('SegmentDetailPage', () => {
  it('says the segment was saved when the editor sent us here', async () => {
    const id = idOf('Women in Moscow');
    renderDetail(id, savedHandoff(id, 'Women in Moscow'));
    expect(await screen.findByText('Segment “Women in Moscow” saved.', {}, SLOW)).toBeInTheDocument();
    // Keyboard and screen-reader users continue from the segment they saved.
    expect(screen.getByRole('heading', { level: 1, name: 'Women in Moscow' })).toHaveFocus();
  });

  it('ignores a saved notice meant for another segment', async () => {
    const id = idOf('Women in Moscow');
    renderDetail(id, savedHandoff(id + 1, 'Something else'));
    const heading = await screen.findByRole('heading', { level: 1, name: 'Women in Moscow' }, SLOW);
    expect(screen.queryByText(/saved\.$/)).not.toBeInTheDocument();
    expect(heading).not.toHaveFocus();
  });

  it('shows the header, the plain-language summary, the read-only tree and the counts', async () => {
    renderDetail(idOf('Women in Moscow'));
    expect(await screen.findByRole('heading', { level: 1, name: 'Women in Moscow' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', expect.stringMatching(/\/edit$/));
    expect(screen.getByRole('button', { name: 'Clone' })).toBeEnabled();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled();
    expect(within(screen.getByRole('list', { name: 'Tags' })).getByText('geo')).toBeInTheDocument();

    await waitFor(
      () => expect(section('Summary')).toHaveTextContent(/Dynamic segment of .Customers.: profiles where/),
      SLOW,
    );
    const tree = within(section('Conditions')).getByRole('region', { name: 'Condition tree, block 1' });
    expect(within(tree).getAllByRole('listitem').length).toBeGreaterThan(0);

    const counts = await within(section('Size')).findByRole('table', { name: 'Counts per channel' }, SLOW);
    expect(within(counts).getByRole('rowheader', { name: 'Email' })).toBeInTheDocument();
    expect(within(section('Size')).getByText(/^[\d,]+ profiles$/)).toBeInTheDocument();
    expect(within(section('Settings')).getByText('The whole database')).toBeInTheDocument();
  });

  it('marks the parts the builder does not model', async () => {
    renderDetail(idOf('Lookalike: CRM high-LTV import'));
    const conditions = await screen.findByRole('region', { name: 'Conditions' }, SLOW);
    expect(within(conditions).getByText(/1 part of this segment is a backend construct/)).toBeInTheDocument();
    expect(await within(conditions).findByText('Kept as is: not editable here', {}, SLOW)).toBeInTheDocument();
  });

  it('shows the stored payload as JSON and as XML', async () => {
    const user = userEvent.setup();
    renderDetail(idOf('Women in Moscow'));
    const payload = await screen.findByRole('region', { name: 'Stored payload' }, SLOW);
    expect(within(payload).getByRole('tabpanel')).toHaveTextContent('"name": "Women in Moscow"');
    await user.click(within(payload).getByRole('tab', { name: 'XML' }));
    expect(within(payload).getByRole('tabpanel')).toHaveTextContent('<name>Women in Moscow</name>');
  });

  it('recounts with a progress bar, then shows fresh counts', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    renderDetail(idOf('Women in Moscow'));
    const size = await screen.findByRole('region', { name: 'Size' }, SLOW);
    await within(size).findByRole('table', { name: 'Counts per channel' }, SLOW);
    await user.click(within(size).getByRole('button', { name: 'Recount' }));
    const progress = await within(size).findByRole('progressbar', { name: 'Recount progress' }, SLOW);
    await waitFor(() => expect(progress).toHaveAttribute('aria-valuenow'), SLOW);
    expect(within(size).getByRole('button', { name: 'Recount' })).toBeDisabled();
    expect(await within(size).findByText('Counts updated.', {}, { timeout: 15_000 })).toBeInTheDocument();
    expect(within(size).getByRole('button', { name: 'Recount' })).toBeEnabled();
  });

  it.each([
    [
      'an unknown status',
      { error: 0, error_text: 'Successful operation', data: { status: 'archived', progress: 40 } },
      /does not know \(“archived”\)/,
    ],
    [
      'a task the server forgot (404)',
      { error: 404, error_text: 'The object is not found in the token vision zone', data: null },
      /The recount failed: Not found/,
    ],
  ])('stops polling on %s, with a message', { timeout: 30_000 }, async (_case, answer, message) => {
    let polls = 0;
    server.use(
      http.post(`${DEMO_BASE_URL}/tasks/status`, () => {
        polls += 1;
        return HttpResponse.json(answer);
      }),
    );
    const user = userEvent.setup();
    renderDetail(idOf('Women in Moscow'));
    const size = await screen.findByRole('region', { name: 'Size' }, SLOW);
    await within(size).findByRole('table', { name: 'Counts per channel' }, SLOW);
    await user.click(within(size).getByRole('button', { name: 'Recount' }));
    expect(await within(size).findByText(message, {}, SLOW)).toBeInTheDocument();
    const seen = polls;
    await new Promise((resolve) => setTimeout(resolve, 2_500));
    expect(polls).toBe(seen);
    expect(within(size).getByRole('button', { name: 'Recount' })).toBeEnabled();
  });

  it('adds and removes static members in bulk, with a result for each profile', { timeout: 40_000 }, async () => {
    const user = userEvent.setup();
    const id = idOf('Hand-picked VIPs');
    const { store } = currentBackend();
    const databaseId = store.segment(id)!.list_id;
    const members = store.members(id);
    const outsider = store.profiles(databaseId).find((profile) => !members.has(profile.id))!.id;
    renderDetail(id);
    const panel = await screen.findByRole('region', { name: 'Members' }, SLOW);
    const input = within(panel).getByRole('textbox', { name: 'Profile IDs or emails' });

    await user.click(input);
    await user.paste(`${outsider}, no-such-profile\n${outsider}`);
    await user.click(within(panel).getByRole('button', { name: 'Add to segment' }));
    const results = await within(panel).findByRole('list', { name: 'Results' }, SLOW);
    const rows = within(results).getAllByRole('listitem');
    expect(rows.map((row) => row.textContent)).toEqual([
      `${outsider}AddedListed twice; done once`,
      'no-such-profileProfile not found',
    ]);
    expect(within(panel).getByText('Finished: 1 added, 1 not found.')).toBeInTheDocument();
    expect(store.members(id).has(outsider)).toBe(true);

    await user.clear(input);
    await user.paste(outsider);
    await user.click(within(panel).getByRole('button', { name: 'Remove from segment' }));
    await waitFor(
      () => expect(within(panel).getByRole('list', { name: 'Results' })).toHaveTextContent(`${outsider}Removed`),
      SLOW,
    );
    expect(store.members(id).has(outsider)).toBe(false);
  });

  it('checks a profile in the segment: every condition matches', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const id = idOf('Women in Moscow');
    const { store } = currentBackend();
    // Women in Moscow: _sex = 2 and _city = Moscow.
    const member = store.profiles(store.segment(id)!.list_id).find((p) => p._sex === 2 && p._city === 'Moscow')!;
    renderDetail(id);
    const panel = await screen.findByRole('region', { name: 'Check a profile' }, SLOW);
    await user.type(within(panel).getByRole('textbox', { name: 'Profile ID or email' }), member.id);
    await user.click(within(panel).getByRole('button', { name: 'Check' }));
    expect(await within(panel).findByText(`${member.id} is in this segment.`, {}, SLOW)).toBeInTheDocument();
    const tree = within(panel).getByRole('region', { name: /^Conditions checked for this profile/ });
    expect(within(tree).getAllByText('Matches')).toHaveLength(3);
    expect(within(tree).queryByText('Does not match')).not.toBeInTheDocument();
  });

  it('checks a profile outside the segment: the failing condition says so', { timeout: 30_000 }, async () => {
    const user = userEvent.setup();
    const id = idOf('Women in Moscow');
    const { store } = currentBackend();
    const outsider = store.profiles(store.segment(id)!.list_id).find((p) => p._sex === 1 && p._city === 'Moscow')!;
    renderDetail(id);
    const panel = await screen.findByRole('region', { name: 'Check a profile' }, SLOW);
    await user.type(within(panel).getByRole('textbox', { name: 'Profile ID or email' }), outsider.id);
    await user.click(within(panel).getByRole('button', { name: 'Check' }));
    expect(await within(panel).findByText(`${outsider.id} is not in this segment.`, {}, SLOW)).toBeInTheDocument();
    const tree = within(panel).getByRole('region', { name: /^Conditions checked for this profile/ });
    const conditionRows = within(tree)
      .getAllByRole('listitem')
      .filter((row) => row.querySelector('li') === null);
    const row = (field: string) => conditionRows.find((candidate) => candidate.textContent?.includes(field));
    expect(row('Gender')).toHaveTextContent('Does not match');
    expect(row('City')).toHaveTextContent('Matches');
  });

  it(
    'says why a profile that matches every condition is not in the segment: the sample',
    { timeout: 30_000 },
    async () => {
      const user = userEvent.setup();
      // Gold members in Moscow — pilot: gold tier, in Moscow, the 0–50 % sample, at most 500.
      const id = idOf('Gold members in Moscow — pilot');
      const { store } = currentBackend();
      const outsider = store
        .profiles(store.segment(id)!.list_id)
        .find((p) => p.loyalty_tier === 'gold' && p._city === 'Moscow' && !inSample(p.id, { from: 0, to: 50 }))!;
      renderDetail(id);
      const panel = await screen.findByRole('region', { name: 'Check a profile' }, SLOW);
      await user.type(within(panel).getByRole('textbox', { name: 'Profile ID or email' }), outsider.id);
      await user.click(within(panel).getByRole('button', { name: 'Check' }));
      const verdict = await within(panel).findByText(`${outsider.id} is not in this segment.`, { exact: false }, SLOW);
      expect(verdict).toHaveTextContent('It matches all conditions but falls outside the 0–50% sample.');
      const tree = within(panel).getByRole('region', { name: /^Conditions checked for this profile/ });
      expect(within(tree).queryByText('Does not match')).not.toBeInTheDocument();
    },
  );

  it('shows who is in the segment: its first members, with when they were counted', { timeout: 30_000 }, async () => {
    const id = idOf('Women in Moscow');
    const { store, evaluator } = currentBackend();
    const members = evaluator.members(store.segment(id)!);
    renderDetail(id);
    const card = await screen.findByRole('region', { name: 'Who is in it' }, SLOW);
    const table = await within(card).findByRole('table', { name: 'Members of this segment' }, SLOW);
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(20);
    expect(within(rows[0]!).getByRole('rowheader')).toHaveTextContent(`${members[0]!.email ?? ''}${members[0]!.id}`);
    expect(within(table).getByRole('columnheader', { name: 'City' })).toBeInTheDocument();
    expect(
      within(card).getByText(`The first 20 of ${members.length.toLocaleString('en')} members.`),
    ).toBeInTheDocument();
    expect(within(card).getByText(/^Counted at /)).toBeInTheDocument();
    // The size says when it was read; the channel counts, read in the same minute, do not repeat it.
    await within(section('Size')).findByRole('table', { name: 'Counts per channel' }, SLOW);
    expect(within(section('Size')).getAllByText(/^As of \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2}/)).toHaveLength(1);
  });

  it('says when the profile to check does not exist', async () => {
    const user = userEvent.setup();
    renderDetail(idOf('Women in Moscow'));
    const panel = await screen.findByRole('region', { name: 'Check a profile' }, SLOW);
    await user.type(within(panel).getByRole('textbox', { name: 'Profile ID or email' }), 'nobody@nowhere.test');
    await user.click(within(panel).getByRole('button', { name: 'Check' }));
    expect(
      await within(panel).findByText('No profile “nobody@nowhere.test” in this database.', {}, SLOW),
    ).toBeInTheDocument();
  });

  it('says "Segment not found" for an unknown id, with a way back', async () => {
    const user = userEvent.setup();
    const { router } = renderDetail(999_999);
    expect(await screen.findByRole('heading', { level: 1, name: 'Segment not found' }, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Back to segments' }));
    expect(router.state.location.pathname).toBe('/segments');
  });

  it('reports other errors in words and recovers on Retry', async () => {
    server.use(
      http.post(
        `${DEMO_BASE_URL}/segments/get/`,
        () => HttpResponse.json({ error: 403, error_text: 'No rights for this action', data: null }),
        { once: true },
      ),
    );
    const user = userEvent.setup();
    renderDetail(idOf('Women in Moscow'));
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(screen.getByRole('heading', { level: 1, name: 'The segment could not be loaded' })).toBeInTheDocument();
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Women in Moscow' }, SLOW)).toBeInTheDocument();
  });

  it('hands a confirmed delete to the list, which offers Undo', async () => {
    const user = userEvent.setup();
    const { router } = renderDetail(idOf('Women in Moscow'));
    await user.click(await screen.findByRole('button', { name: 'Delete' }, SLOW));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete “Women in Moscow”?' })).getByRole('button', { name: 'Delete' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe('/segments'));
    expect(router.state.location.state).toEqual({
      deleteSegment: { id: idOf('Women in Moscow'), name: 'Women in Moscow' },
    });
  });
});
