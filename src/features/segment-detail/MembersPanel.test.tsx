import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/errors';
import type { MemberResult, SegmentsProvider } from '@/api/provider';
import { renderRoute } from '@/test/render';
import { catalogFor, createTranslator } from '@/ui/i18n';
import { fakeProvider } from './fakeProvider';
import type { MemberRow } from './memberBatch';
import { MAX_CSV_BYTES } from './memberCsv';
import { MembersPanel, runHeadline } from './MembersPanel';
import { detailMessages } from './messages';

/** addStaticMembers that answers each profile when the test says, one request per profile. */
function gatedMembers() {
  const waiting = new Map<string, (result: MemberResult) => void>();
  const add = vi.fn<SegmentsProvider['addStaticMembers']>((_segment, _db, ids) => {
    const [profileId] = ids;
    return new Promise<MemberResult[]>((resolve) => {
      waiting.set(profileId!, (result) => resolve([result]));
    });
  });
  const answer = async (profileId: string, result: MemberResult = { profileId, ok: true }) => {
    await waitFor(() => expect(waiting.has(profileId)).toBe(true));
    await act(async () => {
      waiting.get(profileId)!(result);
      waiting.delete(profileId);
      await Promise.resolve();
    });
  };
  return { add, answer, pending: () => [...waiting.keys()] };
}

function renderPanel(overrides: Parameters<typeof fakeProvider>[1]) {
  const provider = fakeProvider({ staticMembers: true }, overrides);
  renderRoute([{ path: '/', element: <MembersPanel provider={provider} segmentId={5} databaseId={1} /> }], '/');
  return screen.getByRole('region', { name: 'Members' });
}

const ids = (n: number) => Array.from({ length: n }, (_, i) => `p${i + 1}`);

describe('MembersPanel', () => {
  it('says ids and emails are both accepted, and counts what will be sent with correct plurals', async () => {
    const user = userEvent.setup();
    const panel = renderPanel({});
    const input = within(panel).getByRole('textbox', { name: 'Profile IDs or emails' });
    expect(input).toHaveAccessibleDescription('IDs and emails are both accepted.');
    await user.click(input);
    await user.paste('a@example.com a@example.com 42');
    expect(input).toHaveAccessibleDescription('IDs and emails are both accepted. 2 profiles, 1 duplicate removed.');
    await user.paste(' 42 42');
    expect(input).toHaveAccessibleDescription('IDs and emails are both accepted. 2 profiles, 3 duplicates removed.');
  });

  it('reads an uploaded CSV into the box, with how many were read and how many duplicates removed', async () => {
    const user = userEvent.setup();
    const panel = renderPanel({});
    const upload = within(panel).getByRole('button', { name: 'Upload CSV…' });
    expect(upload).toHaveAccessibleDescription(/column named id, profile_id or email/);
    // The button opens the file chooser from the keyboard too.
    const click = vi.spyOn(HTMLInputElement.prototype, 'click').mockImplementation(() => undefined);
    upload.focus();
    await user.keyboard('{Enter}');
    expect(click).toHaveBeenCalledTimes(1);
    click.mockRestore();

    const csv =
      '\uFEFFName;Email\r\nAnna;anna@example.com\r\n"Boris; Jr.";boris@example.com\r\nAnna;anna@example.com\r\n';
    await user.upload(within(panel).getByLabelText('CSV file of profile IDs or emails'), new File([csv], 'vip.csv'));
    expect(await within(panel).findByText('Read 3 profiles from vip.csv; 1 duplicate removed.')).toBeInTheDocument();
    expect(within(panel).getByRole('textbox', { name: 'Profile IDs or emails' })).toHaveValue(
      'anna@example.com\nboris@example.com',
    );
  });

  it('refuses a CSV over 5 MB with a clear message, and keeps what was typed', async () => {
    const user = userEvent.setup();
    const panel = renderPanel({});
    const input = within(panel).getByRole('textbox', { name: 'Profile IDs or emails' });
    await user.type(input, 'p-1');
    const big = new File(['x'.repeat(MAX_CSV_BYTES + 1)], 'huge.csv');
    await user.upload(within(panel).getByLabelText('CSV file of profile IDs or emails'), big);
    expect(await within(panel).findByText(/huge\.csv is larger than 5 MB, so it was not read/)).toBeInTheDocument();
    expect(input).toHaveValue('p-1');
  });

  it('shows determinate progress as "N of M", and a final result that cannot read as running', async () => {
    const user = userEvent.setup();
    const members = gatedMembers();
    const panel = renderPanel({ addStaticMembers: members.add });
    await user.click(within(panel).getByRole('textbox', { name: 'Profile IDs or emails' }));
    await user.paste(ids(5).join('\n'));
    await user.click(within(panel).getByRole('button', { name: 'Add to segment' }));

    const progress = within(panel).getByRole('progressbar', { name: 'Adding profiles' });
    expect(within(panel).getByText('0 of 5')).toBeInTheDocument();
    // Three requests at a time, never more.
    expect(members.pending()).toEqual(['p1', 'p2', 'p3']);
    await members.answer('p1');
    await members.answer('p2');
    expect(within(panel).getByText('2 of 5')).toBeInTheDocument();
    expect(progress).toHaveAttribute('aria-valuenow', '40');
    expect(progress).toHaveAttribute('aria-valuetext', '2 of 5');
    expect(within(panel).getByRole('button', { name: 'Add to segment' })).toBeDisabled();

    await members.answer('p3');
    await members.answer('p4', { profileId: 'p4', ok: false, error: new ApiError({ code: 500, status: 500 }) });
    await members.answer('p5');
    expect(await within(panel).findByText(/^Finished: 4 added, 1 failed\./)).toBeInTheDocument();
    expect(within(panel).queryByRole('progressbar')).not.toBeInTheDocument();
    // What failed is back in the box for another try, and can be listed alone.
    expect(within(panel).getByRole('textbox', { name: 'Profile IDs or emails' })).toHaveValue('p4');
    const results = within(panel).getByRole('list', { name: 'Results' });
    expect(within(results).getAllByRole('listitem')).toHaveLength(5);
    await user.click(within(panel).getByRole('button', { name: 'Show only problems' }));
    expect(
      within(results)
        .getAllByRole('listitem')
        .map((row) => row.textContent),
    ).toEqual([expect.stringMatching(/^p4Failed: /)]);
    expect(within(panel).getByRole('button', { name: 'Show all' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('cancels: sends nothing more, lets the sent requests finish, and says what was not sent', async () => {
    const user = userEvent.setup();
    const members = gatedMembers();
    const panel = renderPanel({ addStaticMembers: members.add });
    await user.click(within(panel).getByRole('textbox', { name: 'Profile IDs or emails' }));
    await user.paste(ids(10).join(','));
    await user.click(within(panel).getByRole('button', { name: 'Add to segment' }));
    await members.answer('p1');
    await members.answer('p2');
    await user.click(within(panel).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).getByText(/^2 of 10 · Cancelling/)).toBeInTheDocument();
    expect(members.pending()).toEqual(['p3', 'p4', 'p5']);
    for (const id of ['p3', 'p4', 'p5']) await members.answer(id);
    expect(await within(panel).findByText(/^Cancelled after 5 of 10: 5 added, 5 not sent\./)).toBeInTheDocument();
    expect(members.add).toHaveBeenCalledTimes(5);
    expect(within(panel).getByRole('textbox', { name: 'Profile IDs or emails' })).toHaveValue(
      ids(10).slice(5).join('\n'),
    );
  });

  it('asks before leaving the page while profiles are still to be sent, and stays on request', async () => {
    const user = userEvent.setup();
    const members = gatedMembers();
    const provider = fakeProvider({ staticMembers: true }, { addStaticMembers: members.add });
    const { router } = renderRoute(
      [
        { path: '/', element: <MembersPanel provider={provider} segmentId={5} databaseId={1} /> },
        { path: '/elsewhere', element: <h1>Elsewhere</h1> },
      ],
      '/',
    );
    await user.click(screen.getByRole('textbox', { name: 'Profile IDs or emails' }));
    await user.paste(ids(10).join(','));
    await user.click(screen.getByRole('button', { name: 'Add to segment' }));
    await members.answer('p1');
    await act(() => router.navigate('/elsewhere'));
    const dialog = await screen.findByRole('dialog', { name: 'Stop sending the members?' });
    expect(dialog).toHaveTextContent('9 of 10 profiles are not sent yet.');
    await user.click(within(dialog).getByRole('button', { name: 'Stay' }));
    expect(router.state.location.pathname).toBe('/');
    for (const id of ['p2', 'p3', 'p4']) await members.answer(id);
    expect(members.pending()).toEqual(['p5', 'p6', 'p7']);
  });

  it('stops at a 401 and leads to the token', async () => {
    const user = userEvent.setup();
    const refused = new ApiError({ code: 401, status: 401 });
    const add = vi.fn<SegmentsProvider['addStaticMembers']>(async (_segment, _db, [id = '']) =>
      id === 'p1' ? [{ profileId: id, ok: false, error: refused }] : [{ profileId: id, ok: true }],
    );
    const panel = renderPanel({ addStaticMembers: add });
    await user.click(within(panel).getByRole('textbox', { name: 'Profile IDs or emails' }));
    await user.paste(ids(6).join('\n'));
    await user.click(within(panel).getByRole('button', { name: 'Add to segment' }));
    expect(
      await within(panel).findByText(
        /^Stopped after 3 of 6: the backend refused the API token \(401\), so the rest were not sent \(2 added, 1 failed, 3 not sent\)\. Check the token in Settings/,
      ),
    ).toBeInTheDocument();
    expect(add).toHaveBeenCalledTimes(3);
  });
});

describe('runHeadline', () => {
  const rows = (...outcomes: MemberRow['outcome'][]): MemberRow[] =>
    outcomes.map((outcome, i) => ({ profileId: `p${i}`, outcome }));

  it('words each ending in English, with singular and plural counts', () => {
    const t = createTranslator(catalogFor(detailMessages, 'en'), 'en');
    expect(runHeadline('finished', rows('already', 'notMember', 'notFound'), 3, t)).toBe(
      'Finished: 1 already a member, 1 was not a member, 1 not found.',
    );
    expect(runHeadline('finished', rows('already', 'already', 'removed'), 3, t)).toBe(
      'Finished: 1 removed, 2 already members.',
    );
  });

  it('words each ending in Russian', () => {
    const t = createTranslator(catalogFor(detailMessages, 'ru'), 'ru');
    expect(runHeadline('finished', rows('added', 'added', 'failed'), 3, t)).toBe(
      'Завершено — добавлено: 2, с ошибкой: 1.',
    );
    expect(runHeadline('cancelled', rows('added', 'notSent', 'notSent'), 3, t)).toBe(
      'Отменено после 1 из 3 — добавлено: 1, не отправлено: 2.',
    );
    expect(createTranslator(catalogFor(detailMessages, 'ru'), 'ru')('members.duplicates', { count: 21 })).toBe(
      'удалён 21 повтор',
    );
  });
});
