import type { ReactNode } from 'react';
import type { FieldType } from '@/domain/model';
import css from './builder.module.css';
import { CalendarIcon, EnumIcon, TagIcon, ToggleIcon } from './icons';

/** The glyph per field type, as data: a short text where one reads well, an icon otherwise. */
const GLYPHS: Record<FieldType, ReactNode> = {
  string: 'Aa',
  email: '@',
  number: '#',
  version: 'v',
  date: <CalendarIcon />,
  boolean: <ToggleIcon />,
  enum: <EnumIcon />,
  list: <TagIcon />,
};

/** A small decorative type marker; the type's name is given in text wherever it matters. */
export function TypeBadge({ type }: { type: FieldType }) {
  return (
    <span className={css.badge} data-type={type} aria-hidden="true">
      {GLYPHS[type]}
    </span>
  );
}
