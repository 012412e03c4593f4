/**
 * The list page as each backend's capabilities shape it, on a provider whose answers each test
 * sets (StaticProviderScope): columns, filters, row actions, what can be created, and errors that
 * lead to Settings.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { setActiveConnection, StaticProviderScope, type Connection } from '@/api/connections';
import { digitalAudienceCapabilities } from '@/api/digitalAudience';
import { ApiError } from '@/api/errors';
import type { AudienceInput, CreatedAudience, SegmentSummary, SegmentsProvider } from '@/api/provider';
import { push0Capabilities } from '@/api/push0';
import type { Capabilities } from '@/domain/model';
import { resetStore } from '@/mocks/backend';
import { renderRoute } from '@/test/render';
import SegmentListPage from './SegmentListPage';

const notInThisTest = (name: string) => () => Promise.reject(new Error(`${name} is not part of this test`));

function fakeProvider(
  capabilities: Capabilities,
  rows: SegmentSummary[],
  overrides: Partial<SegmentsProvider> = {},
): SegmentsProvider {
  return {
    connectionId: 'fake',
    capabilities,
    list: vi.fn<Required<SegmentsProvider>['list']>(async () => ({
      items: rows,
      nextCursor: null,
      total: rows.length,
    })),
    get: vi.fn<Required<SegmentsProvider>['get']>(notInThisTest('get')),
    create: vi.fn<Required<SegmentsProvider>['create']>(notInThisTest('create')),
    update: vi.fn<Required<SegmentsProvider>['update']>(notInThisTest('update')),
    remove: vi.fn<Required<SegmentsProvider>['remove']>(async () => undefined),
    writeRequest: vi.fn<Required<SegmentsProvider>['writeRequest']>(notInThisTest('writeRequest')),
    payload: vi.fn<Required<SegmentsProvider>['payload']>(() => ({ body: {} })),
    checkConnection: vi.fn<Required<SegmentsProvider>['checkConnection']>(async () => undefined),
    databases: vi.fn<Required<SegmentsProvider>['databases']>(async () => []),
    fieldCatalog: vi.fn<Required<SegmentsProvider>['fieldCatalog']>(async () => []),
    counts: vi.fn<Required<SegmentsProvider>['counts']>(notInThisTest('counts')),
    refreshCounts: vi.fn<Required<SegmentsProvider>['refreshCounts']>(notInThisTest('refreshCounts')),
    taskStatus: vi.fn<Required<SegmentsProvider>['taskStatus']>(notInThisTest('taskStatus')),
    addStaticMembers: vi.fn<Required<SegmentsProvider>['addStaticMembers']>(notInThisTest('addStaticMembers')),
    removeStaticMembers: vi.fn<Required<SegmentsProvider>['removeStaticMembers']>(notInThisTest('removeStaticMembers')),
    ...overrides,
  };
}

const CONNECTION: Connection = {
  id: 'fake',
  vendor: 'digitalAudience',
  name: 'Fake backend',
  baseUrl: 'https://backend.example',
  remember: false,
};

function renderList(provider: SegmentsProvider) {
  return renderRoute(
    [
      {
        path: '/segments',
        element: (
          <StaticProviderScope value={{ connection: CONNECTION, provider }}>
            <SegmentListPage />
          </StaticProviderScope>
        ),
      },
      { path: '/segments/:id', element: <h1>Detail page</h1> },
      { path: '/settings', element: <h1>Settings page</h1> },
    ],
    '/segments',
  );
}

const table = () => screen.getByRole('table', { name: 'Segments' });
const headers = () =>
  within(table())
    .getAllByRole('columnheader')
    .map((cell) => cell.textContent);

const DA_ROWS: SegmentSummary[] = [
  {
    id: 1,
    name: 'Sports readers NL',
    tags: [],
    status: 'Active',
    active: true,
    endDate: '2026-12-16T12:00:00.000Z',
    createdAt: '2025-11-15T09:12:44.123Z',
    updatedAt: '2025-11-20T17:03:05.555Z',
  },
  { id: 2, name: 'Lapsed buyers BE', tags: [], active: false, updatedAt: '2025-10-01T00:00:00.000Z' },
];

const PUSH0_ROWS: SegmentSummary[] = [
  {
    id: 'sg_1',
    name: 'iOS in Germany',
    tags: [],
    kind: 'dynamic',
    createdAt: '2025-11-01T10:00:00.000Z',
    updatedAt: '2025-11-02T10:00:00.000Z',
  },
];

/** A promise the test settles when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => {
    resolve = yes;
    reject = no;
  });
  return { promise, resolve, reject };
}

function daProvider(createAudience?: (input: AudienceInput) => Promise<CreatedAudience>) {
  return fakeProvider(digitalAudienceCapabilities, DA_ROWS, {
    createAudience: vi.fn<Required<SegmentsProvider>['createAudience']>(
      createAudience ?? (async (input: AudienceInput) => ({ id: 77, name: input.name })),
    ),
  });
}

async function openAudienceDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(await screen.findByRole('button', { name: 'New audience' }));
  return screen.findByRole('dialog', { name: 'New audience' });
}

async function fillAudience(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement) {
  await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), 'Sports fans');
  await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'From the CRM');
  await user.type(within(dialog).getByRole('textbox', { name: 'Campaign ID' }), '4021');
}

describe('SegmentListPage on Digital Audience', () => {
  it('shows status and end date, offers New audience instead of New segment, and only Delete per row', async () => {
    const user = userEvent.setup();
    renderList(daProvider());
    await within(table()).findByRole('link', { name: 'Sports readers NL' });
    expect(headers()).toEqual(['Name', 'Status', 'End date', 'Updated', 'Actions']);
    const row = within(table()).getByRole('link', { name: 'Sports readers NL' }).closest('tr')!;
    expect(within(row).getByText('Active')).toBeInTheDocument();
    expect(within(row).getByText('Dec 16, 2026')).toBeInTheDocument();
    // No status word: the active flag says it.
    const lapsed = within(table()).getByRole('link', { name: 'Lapsed buyers BE' }).closest('tr')!;
    expect(within(lapsed).getByText('Inactive')).toBeInTheDocument();

    expect(screen.queryByRole('link', { name: 'New segment' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'New audience' })).toBeInTheDocument();
    // One kind and no tags: neither filter could narrow anything.
    expect(screen.queryByRole('combobox', { name: 'Type' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Tags' })).not.toBeInTheDocument();
    expect(screen.getByRole('searchbox', { name: 'Search segments' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Actions for Sports readers NL' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Delete']);
  });

  it('says an empty audience has no segments, with New audience offered once', async () => {
    renderList(fakeProvider(digitalAudienceCapabilities, []));
    expect(await screen.findByText('No segments here yet.')).toBeInTheDocument();
    expect(screen.getAllByRole('button', { name: 'New audience' })).toHaveLength(1);
    expect(screen.queryByRole('link', { name: 'New segment' })).not.toBeInTheDocument();
  });

  it('creates an audience and says so', async () => {
    const user = userEvent.setup();
    const provider = daProvider();
    renderList(provider);
    const dialog = await openAudienceDialog(user);
    await fillAudience(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create audience' }));

    const done = await screen.findByText('Audience Sports fans created.');
    expect(done.closest('[role="status"]')).not.toBeNull();
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(provider.createAudience).toHaveBeenCalledTimes(1);
    expect(vi.mocked(provider.createAudience!).mock.calls[0]![0]).toEqual({
      name: 'Sports fans',
      description: 'From the CRM',
      campaignId: '4021',
    });
  });

  it('refuses to send without a name and a campaign ID', async () => {
    const user = userEvent.setup();
    const provider = daProvider();
    renderList(provider);
    const dialog = await openAudienceDialog(user);
    await user.type(within(dialog).getByRole('textbox', { name: 'Description' }), 'Only a description');
    await user.click(within(dialog).getByRole('button', { name: 'Create audience' }));

    expect(await within(dialog).findByText('Enter a name.')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter the campaign ID.')).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveAttribute('aria-invalid', 'true');
    expect(provider.createAudience).not.toHaveBeenCalled();

    // Blank is not a name either.
    await user.type(within(dialog).getByRole('textbox', { name: 'Name' }), '   ');
    await user.type(within(dialog).getByRole('textbox', { name: 'Campaign ID' }), '12');
    await user.click(within(dialog).getByRole('button', { name: 'Create audience' }));
    expect(await within(dialog).findByText('Enter a name.')).toBeInTheDocument();
    expect(provider.createAudience).not.toHaveBeenCalled();
  });

  it('keeps the dialog and what was typed when the server refuses, with the server’s words', async () => {
    const user = userEvent.setup();
    const provider = daProvider(() =>
      Promise.reject(
        new ApiError({
          code: 400,
          status: 400,
          message: 'The request was refused.',
          serverText: 'Unknown campaign 4021',
        }),
      ),
    );
    renderList(provider);
    const dialog = await openAudienceDialog(user);
    await fillAudience(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create audience' }));

    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The audience could not be created: The request was refused.');
    expect(alert).toHaveTextContent('The server said: Unknown campaign 4021');
    expect(screen.getByRole('dialog', { name: 'New audience' })).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Name' })).toHaveValue('Sports fans');
    expect(within(dialog).getByRole('textbox', { name: 'Description' })).toHaveValue('From the CRM');
    expect(within(dialog).getByRole('textbox', { name: 'Campaign ID' })).toHaveValue('4021');
    expect(within(dialog).getByRole('button', { name: 'Create audience' })).toBeEnabled();
  });

  it('sends one request for a double click, and the button waits for the answer', async () => {
    const user = userEvent.setup();
    const answer = deferred<CreatedAudience>();
    const provider = daProvider(() => answer.promise);
    renderList(provider);
    const dialog = await openAudienceDialog(user);
    await fillAudience(user, dialog);
    const create = within(dialog).getByRole('button', { name: 'Create audience' });
    await user.dblClick(create);
    await waitFor(() => expect(create).toBeDisabled());
    expect(provider.createAudience).toHaveBeenCalledTimes(1);

    answer.resolve({ id: 78, name: 'Sports fans' });
    expect(await screen.findByText('Audience Sports fans created.')).toBeInTheDocument();
    expect(provider.createAudience).toHaveBeenCalledTimes(1);
  });

  it('leads to Settings when the session has expired while creating', async () => {
    const user = userEvent.setup();
    const provider = daProvider(() => Promise.reject(new ApiError({ code: 'session_expired', status: 401 })));
    const { router } = renderList(provider);
    const dialog = await openAudienceDialog(user);
    await fillAudience(user, dialog);
    await user.click(within(dialog).getByRole('button', { name: 'Create audience' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('The session has expired. Sign in again in Settings.');
    await user.click(within(alert).getByRole('link', { name: 'Check the connection' }));
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('leads to Settings when the session has expired before the list loads', async () => {
    const user = userEvent.setup();
    const provider = daProvider();
    vi.mocked(provider.list).mockRejectedValue(new ApiError({ code: 'session_expired', status: 401 }));
    const { router } = renderList(provider);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('The session has expired. Sign in again in Settings.');
    await user.click(within(alert).getByRole('link', { name: 'Check the connection' }));
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('leads to Settings when a delete fails because the session has expired', async () => {
    const user = userEvent.setup();
    const provider = daProvider();
    vi.mocked(provider.remove).mockRejectedValue(new ApiError({ code: 'session_expired', status: 401 }));
    renderList(provider);
    await user.click(await screen.findByRole('button', { name: 'Actions for Sports readers NL' }));
    await user.click(screen.getByRole('menuitem', { name: 'Delete' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'Delete “Sports readers NL”?' })).getByRole('button', {
        name: 'Delete',
      }),
    );
    await user.click(await screen.findByRole('button', { name: 'Dismiss' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(/could not be deleted, so it is back: The session has expired/);
    expect(within(alert).getByRole('link', { name: 'Check the connection' })).toHaveAttribute('href', '/settings');
    expect(within(table()).getByRole('link', { name: 'Sports readers NL' })).toBeInTheDocument();
  });
});

describe('SegmentListPage on Push0', () => {
  it('shows names and dates, no type, database, tag or size, and still edits', async () => {
    const user = userEvent.setup();
    renderList(fakeProvider(push0Capabilities, PUSH0_ROWS));
    await within(table()).findByRole('link', { name: 'iOS in Germany' });
    expect(headers()).toEqual(['Name', 'Created', 'Updated', 'Actions']);
    expect(screen.getByRole('link', { name: 'New segment' })).toHaveAttribute('href', '/segments/new');
    expect(screen.queryByRole('button', { name: 'New audience' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Type' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Tags' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Actions for iOS in Germany' }));
    expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Edit', 'Clone', 'Delete']);
  });

  it('ignores a sort on a column it does not show (a link made on another connection)', async () => {
    const provider = fakeProvider(push0Capabilities, PUSH0_ROWS);
    renderRoute(
      [
        {
          path: '/segments',
          element: (
            <StaticProviderScope value={{ connection: { ...CONNECTION, vendor: 'push0' }, provider }}>
              <SegmentListPage />
            </StaticProviderScope>
          ),
        },
      ],
      '/segments?sort=size-desc&type=static',
    );
    expect(await within(table()).findByRole('link', { name: 'iOS in Germany' })).toBeInTheDocument();
    expect(screen.queryByText(/only the \d+ segments? loaded so far/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clear filters' })).not.toBeInTheDocument();
  });
});

describe('SegmentListPage on the built-in demos (real adapters, embedded backends)', () => {
  afterEach(() => resetStore());

  it.each([
    ['demo-push0', ['Name', 'Created', 'Updated', 'Actions'], 'New segment'],
    ['demo-da', ['Name', 'Status', 'End date', 'Updated', 'Actions'], 'New audience'],
  ])('%s shows its own columns', async (connectionId, columns, create) => {
    setActiveConnection(connectionId);
    renderRoute([{ path: '/segments', element: <SegmentListPage /> }], '/segments');
    expect(await within(table()).findAllByRole('link', {}, { timeout: 10_000 })).not.toHaveLength(0);
    expect(headers()).toEqual(columns);
    expect(screen.getByRole(create === 'New segment' ? 'link' : 'button', { name: create })).toBeInTheDocument();
  });
});
