import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApiError } from '@/api/errors';
import type { MemberSample, SegmentsProvider } from '@/api/provider';
import type { FieldCatalog, Segment } from '@/domain/model';
import { renderRoute } from '@/test/render';
import { fakeProvider } from './fakeProvider';
import { MembersSampleCard } from './MembersSampleCard';

const segment: Segment & { id: number } = {
  id: 3,
  name: 'VIPs',
  tags: [],
  kind: 'dynamic',
  refreshDaily: false,
  databaseId: 1,
  blocks: [],
};

const catalog: FieldCatalog = [
  {
    name: 'tier',
    label: 'Loyalty tier',
    type: 'enum',
    category: 'custom',
    options: [{ value: 'gold', label: 'Gold' }],
  },
  { name: 'vip', label: 'VIP', type: 'boolean', category: 'custom' },
];

function renderCard(provider: ReturnType<typeof fakeProvider>) {
  renderRoute(
    [{ path: '/', element: <MembersSampleCard provider={provider} segment={segment} catalog={catalog} /> }],
    '/',
  );
  return screen.getByRole('region', { name: 'Who is in it' });
}

describe('MembersSampleCard', () => {
  it('says the backend cannot list members, and asks it nothing', () => {
    const listMembers = vi.fn<Required<SegmentsProvider>['listMembers']>();
    const card = renderCard(fakeProvider({ listMembers: false }, { listMembers }));
    expect(card).toHaveTextContent('This backend offers no way to list a segment’s members.');
    expect(listMembers).not.toHaveBeenCalled();
  });

  it('labels fields from the catalog and words their values', async () => {
    const sample: MemberSample = {
      total: 2,
      countedAt: '2026-03-04T10:05:00Z',
      profiles: [
        { id: 'p1', email: 'anna@example.com', fields: { tier: 'gold', vip: true, orders: 1200 } },
        { id: 'p2', fields: { tier: null, vip: false, orders: 0 } },
      ],
    };
    const card = renderCard(fakeProvider({ listMembers: true }, { listMembers: () => Promise.resolve(sample) }));
    const table = await within(card).findByRole('table', { name: 'Members of this segment' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Profile', 'Loyalty tier', 'VIP', 'orders']);
    expect(
      within(table)
        .getAllByRole('row')
        .map((row) => row.textContent),
    ).toEqual(['ProfileLoyalty tierVIPorders', 'anna@example.comp1GoldYes1,200', 'p2—No0']);
    expect(within(card).getByText('All 2 members.')).toBeInTheDocument();
    const when = new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeStyle: 'short' }).format(
      Date.parse('2026-03-04T10:05:00Z'),
    );
    expect(within(card).getByText(`Counted at ${when}`)).toBeInTheDocument();
  });

  it('says when the members could not be listed, and tries again on Retry', async () => {
    const user = userEvent.setup();
    const listMembers = vi
      .fn<Required<SegmentsProvider>['listMembers']>()
      .mockRejectedValueOnce(new ApiError({ code: 500, status: 500 }))
      .mockResolvedValueOnce({ total: 0, profiles: [] } satisfies MemberSample);
    const card = renderCard(fakeProvider({ listMembers: true }, { listMembers }));
    expect(await within(card).findByText(/^The members could not be listed: /)).toBeInTheDocument();
    await user.click(within(card).getByRole('button', { name: 'Retry' }));
    expect(await within(card).findByText('This segment has no members right now.')).toBeInTheDocument();
    expect(within(card).queryByRole('table')).not.toBeInTheDocument();
  });
});
