/**
 * The detail page as each backend's capabilities shape it, on a provider whose answers each test
 * sets (StaticProviderScope): which cards show, the lifecycle's Status card and its end date, and
 * the payload view that comes from the provider.
 */
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { vi } from 'vitest';
import { setActiveConnection, StaticProviderScope, type Connection } from '@/api/connections';
import { digitalAudienceCapabilities } from '@/api/digitalAudience';
import { ApiError } from '@/api/errors';
import type { SegmentsProvider } from '@/api/provider';
import { push0Capabilities } from '@/api/push0';
import type { Capabilities, Segment } from '@/domain/model';
import { resetStore } from '@/mocks/backend';
import { DA_FIRST_ID } from '@/mocks/digitalAudience';
import { renderRoute } from '@/test/render';
import { localDateOf } from './endDate';
import SegmentDetailPage from './SegmentDetailPage';

const DAY = 86_400_000;
const notInThisTest = (name: string) => () => Promise.reject(new Error(`${name} is not part of this test`));

function fakeProvider(capabilities: Capabilities, segment: Segment, overrides: Partial<SegmentsProvider> = {}) {
  const provider: SegmentsProvider = {
    connectionId: 'fake',
    capabilities,
    list: vi.fn<Required<SegmentsProvider>['list']>(notInThisTest('list')),
    get: vi.fn<Required<SegmentsProvider>['get']>(async () => segment),
    create: vi.fn<Required<SegmentsProvider>['create']>(notInThisTest('create')),
    update: vi.fn<Required<SegmentsProvider>['update']>(notInThisTest('update')),
    remove: vi.fn<Required<SegmentsProvider>['remove']>(notInThisTest('remove')),
    writeRequest: vi.fn<Required<SegmentsProvider>['writeRequest']>(notInThisTest('writeRequest')),
    payload: vi.fn<Required<SegmentsProvider>['payload']>((shown: Segment) => ({ body: { stored: shown.name } })),
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
  return provider;
}

const CONNECTION: Connection = {
  id: 'fake',
  vendor: 'digitalAudience',
  name: 'Fake backend',
  baseUrl: 'https://backend.example',
  remember: false,
};

function renderDetail(provider: SegmentsProvider, id: number | string) {
  return renderRoute(
    [
      { path: '/segments', element: <h1>List page</h1> },
      {
        path: '/segments/:id',
        element: (
          <StaticProviderScope value={{ connection: CONNECTION, provider }}>
            <SegmentDetailPage />
          </StaticProviderScope>
        ),
      },
      { path: '/settings', element: <h1>Settings page</h1> },
    ],
    `/segments/${id}`,
  );
}

/** A Digital Audience segment as its adapter reads it: no rules, a lifecycle, every counter. */
function daSegment(lifecycle: Partial<NonNullable<Segment['lifecycle']>> = {}): Segment {
  const now = Date.now();
  return {
    id: 7,
    name: 'Sports readers NL',
    description: 'Readers of the sports section',
    tags: [],
    kind: 'static',
    refreshDaily: false,
    databaseId: 0,
    blocks: [],
    updatedAt: new Date(now - 2 * DAY).toISOString(),
    lifecycle: {
      status: 'Active',
      active: true,
      recurring: false,
      startDate: new Date(now - 30 * DAY).toISOString(),
      endDate: new Date(now + 30 * DAY).toISOString(),
      createdAt: new Date(now - 31 * DAY).toISOString(),
      counters: {
        log: 48_210,
        ready: 45_872,
        processing: 12,
        pending: 0,
        upload: 3,
        failed: 1,
        noData: 2_338,
        segmentUpload: 4,
      },
      ...lifecycle,
    },
  };
}

/** The local day `days` from now, as a date input holds it. */
const dayFromNow = (days: number) => localDateOf(new Date(Date.now() + days * DAY).toISOString());
const medium = (iso: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(Date.parse(iso));

const region = (name: string) => screen.getByRole('region', { name });
const endDateInput = () => screen.getByLabelText('End date');

/** A promise the test settles when it wants. */
function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((yes) => {
    resolve = yes;
  });
  return { promise, resolve };
}

describe('SegmentDetailPage on Digital Audience', () => {
  it('shows the Status card with every counter, and no conditions, counts, Edit or Clone', async () => {
    const segment = daSegment();
    const provider = fakeProvider(digitalAudienceCapabilities, segment);
    renderDetail(provider, 7);
    expect(await screen.findByRole('heading', { level: 1, name: 'Sports readers NL' })).toBeInTheDocument();

    const status = region('Status');
    const counters = within(status).getByRole('table', { name: 'Pipeline counters' });
    const rows = within(counters)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Logged48,210',
      'Ready45,872',
      'Processing12',
      'Pending0',
      'Uploaded3',
      'Failed1',
      'No data2,338',
      'Segment uploads4',
    ]);
    expect(within(status).getByText('Active', { selector: 'dd' })).toBeInTheDocument();
    expect(within(status).getByText('Recurring').nextElementSibling).toHaveTextContent('No');
    expect(within(status).getByText('Start date').nextElementSibling).toHaveTextContent(
      medium(segment.lifecycle!.startDate!),
    );
    expect(within(status).getByText('Created').nextElementSibling).toHaveTextContent(
      medium(segment.lifecycle!.createdAt!),
    );
    expect(endDateInput()).toHaveValue(localDateOf(segment.lifecycle!.endDate));
    expect(within(status).getByRole('button', { name: 'Update end date' })).toBeEnabled();

    for (const name of ['Summary', 'Conditions', 'Size', 'Members', 'Check a profile']) {
      expect(screen.queryByRole('region', { name })).not.toBeInTheDocument();
    }
    expect(screen.queryByRole('link', { name: 'Edit' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Clone' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Delete' })).toBeEnabled();
    // No kinds to tell apart and no databases: the header does not pretend otherwise.
    expect(screen.queryByText('Static')).not.toBeInTheDocument();
    expect(screen.queryByText(/^Database:/)).not.toBeInTheDocument();
    expect(within(region('Settings')).queryByText('Type')).not.toBeInTheDocument();
    expect(within(region('Settings')).getByText('ID').nextElementSibling).toHaveTextContent('7');
  });

  it('says which counters the backend left out rather than show zero', async () => {
    const segment = daSegment({ counters: { ready: 5 } });
    renderDetail(fakeProvider(digitalAudienceCapabilities, segment), 7);
    const counters = await screen.findByRole('table', { name: 'Pipeline counters' });
    expect(within(counters).getByRole('rowheader', { name: 'Ready' }).nextElementSibling).toHaveTextContent('5');
    expect(within(counters).getByRole('rowheader', { name: 'Failed' }).nextElementSibling).toHaveTextContent(
      'Not reported',
    );
  });

  it('moves the end date with one request per click and shows the new date', async () => {
    const user = userEvent.setup();
    const segment = daSegment();
    const chosen = dayFromNow(60);
    const sent = new Date(`${chosen}T23:59:59`).toISOString();
    const answer = deferred<Segment>();
    const provider = fakeProvider(digitalAudienceCapabilities, segment, {
      updateEndDate: vi.fn<Required<SegmentsProvider>['updateEndDate']>(() => answer.promise),
    });
    renderDetail(provider, 7);
    await screen.findByRole('region', { name: 'Status' });

    fireEvent.change(endDateInput(), { target: { value: chosen } });
    const button = screen.getByRole('button', { name: 'Update end date' });
    await user.dblClick(button);
    await waitFor(() => expect(button).toBeDisabled());
    expect(provider.updateEndDate).toHaveBeenCalledTimes(1);
    expect(provider.updateEndDate).toHaveBeenCalledWith(7, sent);

    answer.resolve({ ...segment, lifecycle: { ...segment.lifecycle, endDate: sent } });
    const done = await screen.findByText(`End date updated to ${medium(sent)}.`);
    expect(done.closest('output')).not.toBeNull();
    // The cached segment is the answer: the card shows the new end date without reading again.
    expect(within(region('Status')).getByText('End date', { selector: 'dt' }).nextElementSibling).toHaveTextContent(
      medium(sent),
    );
    expect(provider.get).toHaveBeenCalledTimes(1);
    expect(button).toBeEnabled();
    expect(provider.updateEndDate).toHaveBeenCalledTimes(1);
  });

  it('refuses a day already over, and a day before the start, without sending', async () => {
    const user = userEvent.setup();
    const segment = daSegment({
      startDate: new Date(Date.now() + 10 * DAY).toISOString(),
      endDate: new Date(Date.now() + 40 * DAY).toISOString(),
    });
    const provider = fakeProvider(digitalAudienceCapabilities, segment, {
      updateEndDate: vi.fn<Required<SegmentsProvider>['updateEndDate']>(),
    });
    renderDetail(provider, 7);
    await screen.findByRole('region', { name: 'Status' });
    const button = screen.getByRole('button', { name: 'Update end date' });

    fireEvent.change(endDateInput(), { target: { value: dayFromNow(-1) } });
    await user.click(button);
    expect(await screen.findByText('The end date cannot be in the past.')).toBeInTheDocument();
    expect(endDateInput()).toHaveAttribute('aria-invalid', 'true');

    fireEvent.change(endDateInput(), { target: { value: dayFromNow(5) } });
    await user.click(button);
    expect(
      await screen.findByText(
        `The end date cannot be before the start date, ${medium(segment.lifecycle!.startDate!)}.`,
      ),
    ).toBeInTheDocument();

    fireEvent.change(endDateInput(), { target: { value: '' } });
    await user.click(button);
    expect(await screen.findByText('Enter an end date.')).toBeInTheDocument();
    expect(provider.updateEndDate).not.toHaveBeenCalled();
  });

  it('keeps the typed day when the update fails, and leads to Settings when the session expired', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider(digitalAudienceCapabilities, daSegment(), {
      updateEndDate: vi.fn<Required<SegmentsProvider>['updateEndDate']>(() =>
        Promise.reject(new ApiError({ code: 'session_expired', status: 401 })),
      ),
    });
    const { router } = renderDetail(provider, 7);
    await screen.findByRole('region', { name: 'Status' });
    const chosen = dayFromNow(90);
    fireEvent.change(endDateInput(), { target: { value: chosen } });
    await user.click(screen.getByRole('button', { name: 'Update end date' }));

    const alert = await within(region('Status')).findByRole('alert');
    expect(alert).toHaveTextContent(
      'The end date could not be updated: The session has expired. Sign in again in Settings.',
    );
    expect(endDateInput()).toHaveValue(chosen);
    expect(screen.getByRole('button', { name: 'Update end date' })).toBeEnabled();
    await user.click(within(alert).getByRole('link', { name: 'Check the connection' }));
    expect(router.state.location.pathname).toBe('/settings');
  });

  it('shows the payload the provider gives, without an XML tab when there is none', async () => {
    const segment = daSegment();
    const provider = fakeProvider(digitalAudienceCapabilities, segment);
    renderDetail(provider, 7);
    const payload = await screen.findByRole('region', { name: 'Stored payload' });
    expect(provider.payload).toHaveBeenCalledWith(expect.objectContaining({ id: 7, name: 'Sports readers NL' }));
    expect(within(payload).getByRole('region', { name: 'Payload as JSON' })).toHaveTextContent(
      '"stored": "Sports readers NL"',
    );
    expect(within(payload).queryByRole('tab')).not.toBeInTheDocument();
  });
});

describe('SegmentDetailPage on Push0', () => {
  const push0Segment: Segment = {
    id: 'sg_1',
    name: 'iOS in Germany',
    tags: [],
    kind: 'dynamic',
    refreshDaily: false,
    databaseId: 0,
    blocks: [
      {
        databaseId: 0,
        sample: { from: 0, to: 100 },
        limit: 0,
        root: { type: 'group', id: 'root', combinator: 'and', children: [] },
      },
    ],
  };

  it('shows conditions and the payload with its XML where the provider has one, but no counts or settings it lacks', async () => {
    const user = userEvent.setup();
    const provider = fakeProvider(push0Capabilities, push0Segment, {
      payload: vi.fn<Required<SegmentsProvider>['payload']>(() => ({
        body: { name: 'iOS in Germany' },
        xml: '<segment>iOS in Germany</segment>',
      })),
    });
    renderDetail(provider, 'sg_1');
    expect(await screen.findByRole('heading', { level: 1, name: 'iOS in Germany' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Edit' })).toHaveAttribute('href', '/segments/sg_1/edit');
    expect(screen.getByRole('button', { name: 'Clone' })).toBeInTheDocument();
    expect(region('Conditions')).toBeInTheDocument();
    expect(region('Summary')).toBeInTheDocument();
    for (const name of ['Size', 'Status', 'Members', 'Check a profile']) {
      expect(screen.queryByRole('region', { name })).not.toBeInTheDocument();
    }
    const settings = region('Settings');
    for (const term of ['Type', 'Database', 'Sample', 'Limit']) {
      expect(within(settings).queryByText(term)).not.toBeInTheDocument();
    }
    expect(provider.databases).not.toHaveBeenCalled();

    const payload = region('Stored payload');
    expect(within(payload).getByRole('tabpanel')).toHaveTextContent('"name": "iOS in Germany"');
    await user.click(within(payload).getByRole('tab', { name: 'XML' }));
    expect(within(payload).getByRole('tabpanel')).toHaveTextContent('<segment>iOS in Germany</segment>');
    expect(provider.payload).toHaveBeenCalled();
  });
});

describe('SegmentDetailPage on the built-in Digital Audience demo (real adapter, embedded backend)', () => {
  afterEach(() => resetStore());

  it('moves the end date through the adapter and shows it', async () => {
    const user = userEvent.setup();
    setActiveConnection('demo-da');
    renderRoute([{ path: '/segments/:id', element: <SegmentDetailPage /> }], `/segments/${DA_FIRST_ID}`);
    const status = await screen.findByRole('region', { name: 'Status' }, { timeout: 10_000 });
    expect(within(status).getAllByRole('rowheader')).toHaveLength(8);
    const chosen = dayFromNow(400);
    fireEvent.change(endDateInput(), { target: { value: chosen } });
    await user.click(within(status).getByRole('button', { name: 'Update end date' }));
    const sent = new Date(`${chosen}T23:59:59`).toISOString();
    expect(
      await screen.findByText(`End date updated to ${medium(sent)}.`, {}, { timeout: 10_000 }),
    ).toBeInTheDocument();
    expect(endDateInput()).toHaveValue(chosen);
  });
});
