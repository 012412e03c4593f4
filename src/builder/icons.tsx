/**
 * Inline Material icons for the builder. Same pattern as '@/ui/icons' (one path per icon), but a
 * bare <svg> instead of MUI's SvgIcon: a styled component per icon is the per-instance cost the
 * builder avoids. The buttons repeated on every row go further and draw their icon with a CSS
 * mask (see ICON_MASK_VARIABLES), so a 1,000-row tree carries no icon elements at all.
 */
import css from './builder.module.css';

/** Material icon paths (24×24), by name. */
export const ICON_PATHS = {
  drag: 'M11 18c0 1.1-.9 2-2 2s-2-.9-2-2 .9-2 2-2 2 .9 2 2zm-2-8c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0-6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm6 4c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z',
  close: 'M19 6.41 17.59 5 12 10.59 6.41 5 5 6.41 10.59 12 5 17.59 6.41 19 12 13.41 17.59 19 19 17.59 13.41 12z',
  delete: 'M6 19c0 1.1.9 2 2 2h8c1.1 0 2-.9 2-2V7H6v12zM8 9h8v10H8V9zm7.5-5-1-1h-5l-1 1H5v2h14V4z',
  more: 'M12 8c1.1 0 2-.9 2-2s-.9-2-2-2-2 .9-2 2 .9 2 2 2zm0 2c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2zm0 6c-1.1 0-2 .9-2 2s.9 2 2 2 2-.9 2-2-.9-2-2-2z',
  add: 'M19 13h-6v6h-2v-6H5v-2h6V5h2v6h6v2z',
  copy: 'M16 1H4c-1.1 0-2 .9-2 2v14h2V3h12V1zm3 4H8c-1.1 0-2 .9-2 2v14c0 1.1.9 2 2 2h11c1.1 0 2-.9 2-2V7c0-1.1-.9-2-2-2zm0 16H8V7h11v14z',
  expand: 'M16.59 8.59 12 13.17 7.41 8.59 6 10l6 6 6-6z',
  chevronRight: 'M10 6 8.59 7.41 13.17 12l-4.58 4.59L10 18l6-6z',
  arrowUp: 'M4 12l1.41 1.41L11 7.83V20h2V7.83l5.58 5.59L20 12l-8-8-8 8z',
  arrowDown: 'M20 12l-1.41-1.41L13 16.17V4h-2v12.17l-5.58-5.59L4 12l8 8 8-8z',
  moveInto: 'M19 15l-6 6-1.42-1.42L15.17 16H4V4h2v10h9.17l-3.59-3.58L13 9l6 6z',
  moveOut: 'M11 9l1.42 1.42L8.83 14H18V4h2v12H8.83l3.59 3.58L11 21l-6-6 6-6z',
  error: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 15h-2v-2h2v2zm0-4h-2V7h2v6z',
  warning: 'M1 21h22L12 2 1 21zm12-3h-2v-2h2v2zm0-4h-2v-4h2v4z',
  lock: 'M18 8h-1V6c0-2.76-2.24-5-5-5S7 3.24 7 6v2H6c-1.1 0-2 .9-2 2v10c0 1.1.9 2 2 2h12c1.1 0 2-.9 2-2V10c0-1.1-.9-2-2-2zm-6 9c-1.1 0-2-.9-2-2s.9-2 2-2 2 .9 2 2-.9 2-2 2zm3.1-9H8.9V6c0-1.71 1.39-3.1 3.1-3.1 1.71 0 3.1 1.39 3.1 3.1v2z',
  calendar:
    'M20 3h-1V1h-2v2H7V1H5v2H4c-1.1 0-2 .9-2 2v16c0 1.1.9 2 2 2h16c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 18H4V8h16v13z',
  toggle:
    'M17 7H7c-2.76 0-5 2.24-5 5s2.24 5 5 5h10c2.76 0 5-2.24 5-5s-2.24-5-5-5zm0 8c-1.66 0-3-1.34-3-3s1.34-3 3-3 3 1.34 3 3-1.34 3-3 3z',
  enum: 'M3 13h2v-2H3v2zm0 4h2v-2H3v2zm0-8h2V7H3v2zm4 4h14v-2H7v2zm0 4h14v-2H7v2zM7 7v2h14V7H7z',
  tag: 'M21.41 11.58l-9-9C12.05 2.22 11.55 2 11 2H4c-1.1 0-2 .9-2 2v7c0 .55.22 1.05.59 1.42l9 9c.36.36.86.58 1.41.58.55 0 1.05-.22 1.41-.59l7-7c.37-.36.59-.86.59-1.41 0-.55-.23-1.06-.59-1.42zM5.5 7C4.67 7 4 6.33 4 5.5S4.67 4 5.5 4 7 4.67 7 5.5 6.33 7 5.5 7z',
  wrap: 'M3 5v4h2V5h4V3H5c-1.1 0-2 .9-2 2zm2 10H3v4c0 1.1.9 2 2 2h4v-2H5v-4zm14 4h-4v2h4c1.1 0 2-.9 2-2v-4h-2v4zm0-16h-4v2h4v4h2V5c0-1.1-.9-2-2-2z',
  ungroup:
    'M3 13h2v-2H3v2zm0 4h2v-2H3v2zm2 4v-2H3c0 1.1.89 2 2 2zM3 9h2V7H3v2zm12 12h2v-2h-2v2zm4-18H9c-1.11 0-2 .9-2 2v10c0 1.1.89 2 2 2h10c1.1 0 2-.9 2-2V5c0-1.1-.9-2-2-2zm0 12H9V5h10v10zm-8 6h2v-2h-2v2zm-4 0h2v-2H7v2z',
  edit: 'M3 17.25V21h3.75L17.81 9.94l-3.75-3.75L3 17.25zM20.71 7.04a1 1 0 0 0 0-1.41l-2.34-2.34a1 1 0 0 0-1.41 0l-1.83 1.83 3.75 3.75 1.83-1.83z',
  pass: 'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm-2 15-5-5 1.41-1.41L10 14.17l7.59-7.59L19 8l-9 9z',
  fail: 'M12 2C6.47 2 2 6.47 2 12s4.47 10 10 10 10-4.47 10-10S17.53 2 12 2zm5 13.59L15.59 17 12 13.41 8.41 17 7 15.59 10.59 12 7 8.41 8.41 7 12 10.59 15.59 7 17 8.41 13.41 12 17 15.59z',
  unknown:
    'M12 2C6.48 2 2 6.48 2 12s4.48 10 10 10 10-4.48 10-10S17.52 2 12 2zm1 17h-2v-2h2v2zm2.07-7.75-.9.92C13.45 12.9 13 13.5 13 15h-2v-.5c0-1.1.45-2.1 1.17-2.83l1.24-1.26c.37-.36.59-.86.59-1.41 0-1.1-.9-2-2-2s-2 .9-2 2H8c0-2.21 1.79-4 4-4s4 1.79 4 4c0 .88-.36 1.68-.93 2.25z',
} as const;

export type IconName = keyof typeof ICON_PATHS;

function icon(name: IconName, displayName: string) {
  const Icon = ({ className }: { className?: string }) => (
    <svg viewBox="0 0 24 24" aria-hidden="true" focusable="false" className={className}>
      <path d={ICON_PATHS[name]} />
    </svg>
  );
  Icon.displayName = displayName;
  return Icon;
}

export type BuilderIcon = ReturnType<typeof icon>;

export const DragIcon = icon('drag', 'DragIcon');
export const CloseIcon = icon('close', 'CloseIcon');
export const DeleteIcon = icon('delete', 'DeleteIcon');
export const MoreIcon = icon('more', 'MoreIcon');
export const AddIcon = icon('add', 'AddIcon');
export const CopyIcon = icon('copy', 'CopyIcon');
export const ExpandIcon = icon('expand', 'ExpandIcon');
export const ChevronRightIcon = icon('chevronRight', 'ChevronRightIcon');
export const ArrowUpIcon = icon('arrowUp', 'ArrowUpIcon');
export const ArrowDownIcon = icon('arrowDown', 'ArrowDownIcon');
export const MoveIntoIcon = icon('moveInto', 'MoveIntoIcon');
export const MoveOutIcon = icon('moveOut', 'MoveOutIcon');
export const ErrorIcon = icon('error', 'ErrorIcon');
export const WarningIcon = icon('warning', 'WarningIcon');
export const LockIcon = icon('lock', 'LockIcon');
export const CalendarIcon = icon('calendar', 'CalendarIcon');
export const ToggleIcon = icon('toggle', 'ToggleIcon');
export const EnumIcon = icon('enum', 'EnumIcon');
export const TagIcon = icon('tag', 'TagIcon');
export const WrapIcon = icon('wrap', 'WrapIcon');
export const UngroupIcon = icon('ungroup', 'UngroupIcon');
export const EditIcon = icon('edit', 'EditIcon');
export const PassIcon = icon('pass', 'PassIcon');
export const FailIcon = icon('fail', 'FailIcon');
export const UnknownIcon = icon('unknown', 'UnknownIcon');

/** Icons drawn by CSS (mask-image) on the tree's many buttons: no SVG nodes per row. */
const MASKED = [
  'drag',
  'delete',
  'more',
  'close',
  'add',
  'copy',
  'expand',
  'chevronRight',
  // Type badges.
  'calendar',
  'toggle',
  'enum',
  'tag',
] as const satisfies readonly IconName[];
export type MaskedIcon = (typeof MASKED)[number];

/** The classes that draw a masked icon in front of an element's content. */
export function iconClass(name: MaskedIcon, base: string | undefined): string {
  return `${base ?? ''} ${css.masked} ${css[`icon-${name}`]}`;
}

const maskUrl = (path: string) =>
  `url("data:image/svg+xml,${encodeURIComponent(`<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24'><path d='${path}'/></svg>`)}")`;

/** CSS variables `--b-icon-<name>` for the builder's root element; the `icon-<name>` classes pick them. */
export const ICON_MASK_VARIABLES: Readonly<Record<string, string>> = Object.fromEntries(
  MASKED.map((name) => [`--b-icon-${name}`, maskUrl(ICON_PATHS[name])]),
);
