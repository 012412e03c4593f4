import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '@/test/render';
import { draftKey } from './draftStore';
import SegmentEditorPage from './SegmentEditorPage';

// The overview card crashes on every render: a bug in one card, as a marketer would meet it.
vi.mock('./components/OverviewPanel', () => ({
  OverviewPanel: () => {
    throw new Error('The overview broke');
  },
}));

describe('a crash inside one editor card', () => {
  beforeEach(() => {
    // React and the boundary report the crash on the console; the test expects it.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });

  it('stays in that card: the form keeps working and the draft keeps what is typed', async () => {
    const user = userEvent.setup();
    renderRoute([{ path: '/segments/new', element: <SegmentEditorPage /> }], '/segments/new');
    const name = await screen.findByRole('textbox', { name: 'Name' });
    expect(
      await screen.findByText('This part of the page failed to show. The rest of the page keeps working.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Retry' })).toBeInTheDocument();

    await user.type(name, 'Still editable');
    expect(name).toHaveValue('Still editable');
    expect(screen.getByRole('button', { name: 'Save' })).toBeEnabled();
    await waitFor(() => expect(localStorage.getItem(draftKey('demo', undefined))).toContain('Still editable'));
  });
});
