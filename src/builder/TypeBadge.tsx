import type { FieldType } from '@/domain/model';
import css from './builder.module.css';

/**
 * A small decorative type marker ("Aa", "#", a calendar…). The glyph comes from the stylesheet by
 * `data-type`, so the badge is one empty element; the type's name is given in text where it matters.
 */
export function typeBadge(type: FieldType) {
  return <span className={css.badge} data-type={type} aria-hidden="true" />;
}
