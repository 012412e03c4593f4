import Divider from '@mui/material/Divider';
import ListItemIcon from '@mui/material/ListItemIcon';
import ListItemText from '@mui/material/ListItemText';
import Menu from '@mui/material/Menu';
import MenuItem from '@mui/material/MenuItem';
import { useEffect } from 'react';
import type { Group } from '@/domain/model';
import { findNode, findParent, newGroup } from '@/domain/tree';
import type { BuilderActions } from './actions';
import css from './builder.module.css';
import type { BuilderCapabilities } from './capabilities';
import { useBuilder, type MenuRequest } from './context';
import {
  ArrowDownIcon,
  ArrowUpIcon,
  CopyIcon,
  DeleteIcon,
  MoveIntoIcon,
  MoveOutIcon,
  UngroupIcon,
  WrapIcon,
  type BuilderIcon,
} from './icons';
import type { BuilderMessageKey } from './messages';
import { availableMoves, canAddGroupIn, canUngroupInto, fitsIn, hasRoom, type MoveDirection } from './moves';
import { useStore } from './store';

interface MenuEntry {
  key: string;
  label: BuilderMessageKey;
  Icon: BuilderIcon;
  shortcut?: BuilderMessageKey;
  enabled: boolean;
  danger?: boolean;
  dividerBefore?: boolean;
  run: (actions: BuilderActions, id: string) => void;
}

const move = (direction: MoveDirection) => (actions: BuilderActions, id: string) => actions.move(id, direction, 'more');

/** The menu's entries for a node, as data; availability is computed when the menu opens. */
function entriesFor(root: Group, id: string, capabilities: BuilderCapabilities): MenuEntry[] {
  const node = findNode(root, id);
  const parent = findParent(root, id);
  if (!node || !parent) return [];
  const moves = availableMoves(root, id, capabilities);
  const roomBeside = node.type === 'group' || hasRoom(parent, capabilities);
  const canWrap =
    canAddGroupIn(root, parent, capabilities) &&
    (node.type !== 'group' || fitsIn(root, newGroup('and', [node]), parent, capabilities));
  const canUngroup = node.type === 'group' && canUngroupInto(parent, node, capabilities);
  const entries: MenuEntry[] = [
    {
      key: 'up',
      label: 'action.moveUp',
      Icon: ArrowUpIcon,
      shortcut: 'shortcut.up',
      enabled: moves.up,
      run: move('up'),
    },
    {
      key: 'down',
      label: 'action.moveDown',
      Icon: ArrowDownIcon,
      shortcut: 'shortcut.down',
      enabled: moves.down,
      run: move('down'),
    },
    {
      key: 'into',
      label: 'action.moveInto',
      Icon: MoveIntoIcon,
      shortcut: 'shortcut.into',
      enabled: moves.into,
      run: move('into'),
    },
    {
      key: 'out',
      label: 'action.moveOut',
      Icon: MoveOutIcon,
      shortcut: 'shortcut.out',
      enabled: moves.out,
      run: move('out'),
    },
    {
      key: 'clone',
      label: 'action.clone',
      Icon: CopyIcon,
      enabled: roomBeside,
      dividerBefore: true,
      run: (a, nodeId) => a.clone(nodeId),
    },
    { key: 'wrap', label: 'action.wrap', Icon: WrapIcon, enabled: canWrap, run: (a, nodeId) => a.wrap(nodeId) },
  ];
  if (node.type === 'group') {
    entries.push({
      key: 'ungroup',
      label: 'action.ungroup',
      Icon: UngroupIcon,
      enabled: canUngroup,
      run: (a, nodeId) => a.ungroup(nodeId),
    });
  }
  entries.push({
    key: 'remove',
    label: 'action.remove',
    Icon: DeleteIcon,
    enabled: true,
    danger: true,
    dividerBefore: true,
    run: (a, nodeId) => a.remove(nodeId),
  });
  return entries;
}

/** The one row/group menu of the builder, mounted only while open. */
export function NodeMenu() {
  const { menu } = useBuilder();
  const request = useStore(menu);
  return request ? <OpenMenu request={request} /> : null;
}

function OpenMenu({ request }: { request: MenuRequest }) {
  const { t, actions, capabilities, menu } = useBuilder();
  const { anchor, nodeId } = request;
  const entries = entriesFor(actions.getRoot(), nodeId, capabilities);

  // The trigger says whether its menu is open without re-rendering its row.
  useEffect(() => {
    anchor.setAttribute('aria-expanded', 'true');
    return () => anchor.setAttribute('aria-expanded', 'false');
  }, [anchor]);

  const close = () => {
    menu.set(null);
    if (anchor.isConnected) anchor.focus();
  };

  return (
    <Menu
      open
      anchorEl={anchor}
      // Inside the page's main landmark, like the field list: no content outside landmarks.
      container={() => anchor.closest('main') ?? document.body}
      onClose={close}
      disableRestoreFocus
      anchorOrigin={{ vertical: 'bottom', horizontal: 'right' }}
      transformOrigin={{ vertical: 'top', horizontal: 'right' }}
      slotProps={{ list: { dense: true, 'aria-label': t('condition.more') } }}
    >
      {entries.flatMap((entry) => {
        const item = (
          <MenuItem
            key={entry.key}
            disabled={!entry.enabled}
            onClick={() => {
              menu.set(null);
              entry.run(actions, nodeId);
              // After React has applied the edit: if no row took focus (a refused move), return it.
              queueMicrotask(() => {
                if (anchor.isConnected && (!document.activeElement || document.activeElement === document.body))
                  anchor.focus();
              });
            }}
            sx={entry.danger ? { color: 'error.main' } : undefined}
          >
            <ListItemIcon sx={entry.danger ? { color: 'error.main' } : undefined}>
              <entry.Icon className={css.menuIcon} />
            </ListItemIcon>
            <ListItemText>{t(entry.label)}</ListItemText>
            {entry.shortcut && <span className={css.shortcut}>{t(entry.shortcut)}</span>}
          </MenuItem>
        );
        return entry.dividerBefore ? [<Divider key={`${entry.key}-divider`} />, item] : [item];
      })}
    </Menu>
  );
}
