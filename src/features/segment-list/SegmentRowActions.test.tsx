import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '@/test/render';
import { SegmentRowActions } from './SegmentRowActions';

const row = { id: 4, name: 'Gmail users', tags: [] };

function renderMenu(onAction = vi.fn<(action: string) => void>()) {
  renderRoute(
    [
      {
        path: '/',
        element: (
          <main>
            <SegmentRowActions row={row} editing onAction={onAction} />
          </main>
        ),
      },
    ],
    '/',
  );
  return onAction;
}

it('opens without locking the page scroll, which would make its container scroll and move the sticky header', async () => {
  const user = userEvent.setup();
  renderMenu();
  const main = screen.getByRole('main');
  await user.click(screen.getByRole('button', { name: 'Actions for Gmail users' }));
  expect(await screen.findByRole('menu')).toBeInTheDocument();
  // A scroll lock sets overflow: hidden (and padding for the scrollbar) on the menu's container:
  // <main> then becomes the sticky header's scroll box, and the header jumps.
  for (const element of [main, document.body, document.documentElement]) {
    expect(element.style.overflow).toBe('');
    expect(element.style.paddingRight).toBe('');
  }
});

it('offers Edit, Clone and Delete, and Escape closes the menu with focus back on its button', async () => {
  const user = userEvent.setup();
  const onAction = renderMenu();
  const button = screen.getByRole('button', { name: 'Actions for Gmail users' });
  await user.click(button);
  expect(screen.getAllByRole('menuitem').map((item) => item.textContent)).toEqual(['Edit', 'Clone', 'Delete']);
  await user.keyboard('{Escape}');
  expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  expect(button).toHaveFocus();
  await user.click(button);
  await user.click(screen.getByRole('menuitem', { name: 'Clone' }));
  expect(onAction).toHaveBeenCalledWith('clone', row);
});
