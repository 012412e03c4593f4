/*
 * A custom listbox rather than a native <select>: options are grouped, carry a type badge and are
 * filtered as the user types. Options are not focusable on purpose: the combobox input keeps focus
 * and drives them through aria-activedescendant (the ARIA 1.2 combobox pattern), so they need
 * neither a tabindex nor key handlers of their own.
 */
/* oxlint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/interactive-supports-focus, jsx-a11y/click-events-have-key-events */
import { autoUpdate, computePosition, flip, shift } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import type { FieldDescriptor } from '@/domain/model';
import css from './builder.module.css';
import { useBuilder } from './context';
import type { FieldSection } from './fields';
import { ICON_MASK_VARIABLES } from './icons';
import { typeBadge } from './TypeBadge';

interface FieldListboxProps {
  anchor: HTMLElement;
  id: string;
  sections: FieldSection[];
  active: number;
  selected: string;
  query: string;
  onPick: (field: FieldDescriptor) => void;
  onHover: (index: number) => void;
}

/** Where each section's options start in the flat option order that the keyboard walks. */
function sectionStarts(sections: readonly FieldSection[]): number[] {
  const starts: number[] = [];
  let next = 0;
  for (const section of sections) {
    starts.push(next);
    next += section.fields.length;
  }
  return starts;
}

/**
 * Keeps the list under its input, above it where there is no room below and inside the viewport,
 * as the page scrolls or either one changes size. Floating UI's `computePosition` does the
 * geometry (4 KiB, where MUI's Popper and popper.js it wraps were 6 KiB of the editor's first load).
 * The position is written to the element before the browser paints, never through React state.
 */
function useAnchoredBelow(anchor: HTMLElement, floating: RefObject<HTMLElement | null>) {
  useLayoutEffect(() => {
    const element = floating.current;
    if (!element) return;
    const place = () =>
      void computePosition(anchor, element, {
        placement: 'bottom-start',
        strategy: 'fixed',
        middleware: [flip(), shift({ padding: 8 })],
      }).then(({ x, y }) => {
        element.style.left = `${x}px`;
        element.style.top = `${y}px`;
      });
    return autoUpdate(anchor, element, place);
  }, [anchor, floating]);
}

/** The open list of the field combobox, grouped into system and custom fields. */
export function FieldListbox({ anchor, id, sections, active, selected, query, onPick, onHover }: FieldListboxProps) {
  const { t } = useBuilder();
  const activeId = `${id}-${active}`;
  const starts = sectionStarts(sections);
  const floating = useRef<HTMLDivElement>(null);
  useAnchoredBelow(anchor, floating);
  useEffect(() => {
    document.getElementById(activeId)?.scrollIntoView?.({ block: 'nearest' });
  }, [activeId]);

  // Portalled into the page's main landmark, so every part of the page sits in a landmark.
  return createPortal(
    <div
      ref={floating}
      className={css.popup}
      // `left` and `top` are the hook's to write, so React never sets them back.
      style={{ ...ICON_MASK_VARIABLES, position: 'fixed', zIndex: 1300, minWidth: anchor.offsetWidth }}
    >
      <div className={css.listbox} role="listbox" id={id} aria-label={t('fields.list')}>
        {sections.map((section, sectionIndex) => (
          <div key={section.key} role="group" aria-labelledby={`${id}-${section.key}`}>
            <div className={css.sectionHeader} id={`${id}-${section.key}`}>
              {t(section.key === 'system' ? 'fields.system' : 'fields.custom')}
            </div>
            {section.fields.map((field, fieldIndex) => {
              const at = starts[sectionIndex]! + fieldIndex;
              return (
                <div
                  key={field.name}
                  id={`${id}-${at}`}
                  role="option"
                  aria-selected={field.name === selected}
                  data-active={at === active}
                  className={css.option}
                  onMouseDown={(event) => event.preventDefault()}
                  onMouseEnter={() => onHover(at)}
                  onClick={() => onPick(field)}
                >
                  {typeBadge(field.type)}
                  <span>{field.label}</span>
                  <span className={css.optionName}>{field.name}</span>
                </div>
              );
            })}
          </div>
        ))}
      </div>
      {sections.length === 0 && <p className={css.noOptions}>{t('fields.none', { query })}</p>}
    </div>,
    anchor.closest('main') ?? document.body,
  );
}
