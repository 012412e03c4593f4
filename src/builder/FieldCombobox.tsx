import { memo, useMemo, useState, type KeyboardEvent, type PointerEvent } from 'react';
import type { FieldDescriptor, FieldType } from '@/domain/model';
import css from './builder.module.css';
import { useBuilder } from './context';
import { deferredModule, prefetch, useDeferredModule } from '@/ui/deferred';
import { searchFields } from './fields';

/**
 * The open list and Floating UI, which positions it: 5 KiB the editor's first load does not need.
 * It is fetched as a pointer comes over a picker or one takes focus, before any opens.
 */
const listboxModule = deferredModule(() => import('./FieldListbox'));

interface FieldComboboxProps {
  nodeId: string;
  field: string;
  type: FieldType;
  invalid: boolean;
  describedBy: string | undefined;
}

/**
 * A label cut short by the picker's width (a long field name in a narrow column) is offered in full
 * as the builder's tooltip on hover; the input's value, which assistive technology reads, is whole.
 * Measured on hover only, so a thousand rows cost nothing until one is pointed at.
 */
function offerFullLabel(event: PointerEvent<HTMLInputElement>) {
  prefetch(listboxModule);
  const input = event.currentTarget;
  if (input.scrollWidth > input.clientWidth) input.dataset.tip = input.value;
  else delete input.dataset.tip;
}

/**
 * The field picker: an editable combobox (ARIA 1.2 pattern) whose list of fields, grouped into
 * system and custom ones, is mounted only while it is open. Closed, it costs one <input>.
 */
export const FieldCombobox = memo(function FieldCombobox({
  nodeId,
  field,
  type,
  invalid,
  describedBy,
}: FieldComboboxProps) {
  const { t, fields, actions } = useBuilder();
  /** The input's wrapper while the list is open; the list is positioned under it. */
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const open = anchor !== null;
  const listbox = useDeferredModule(listboxModule, open);
  /** Open, and its list has arrived: only then is there a list for the input to point at. */
  const shown = open && listbox !== null;
  /** What the user typed; null shows the chosen field's label. */
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const listId = `field-list-${nodeId}`;

  const sections = useMemo(() => (open ? searchFields(fields, query ?? '') : []), [open, fields, query]);
  const options = useMemo(() => sections.flatMap((section) => section.fields), [sections]);
  const label = fields.byName.get(field)?.label ?? field;

  const close = () => {
    setAnchor(null);
    setQuery(null);
  };

  const openList = (input: HTMLElement) => {
    const all = searchFields(fields, '').flatMap((section) => section.fields);
    setActive(
      Math.max(
        0,
        all.findIndex((candidate) => candidate.name === field),
      ),
    );
    setAnchor(input.parentElement);
  };

  const pick = (chosen: FieldDescriptor | undefined) => {
    close();
    if (chosen) actions.setField(nodeId, chosen.name);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.altKey) return; // Alt+arrows move the row.
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        event.preventDefault();
        if (!open) return openList(event.currentTarget);
        const step = event.key === 'ArrowDown' ? 1 : -1;
        setActive((index) => Math.min(Math.max(index + step, 0), Math.max(options.length - 1, 0)));
        return;
      }
      case 'Enter':
        if (!open) return;
        event.preventDefault();
        return pick(options[active]);
      case 'Escape':
        if (!open) return;
        event.preventDefault();
        event.stopPropagation();
        return close();
      case 'Tab':
        // Typing part of a name and tabbing on picks the highlighted field, like a search box would.
        if (open && query !== null) pick(options[active]);
        else if (open) close();
        return;
    }
  };

  return (
    <span className={css.fieldWrap} data-type={type}>
      <input
        className={css.fieldInput}
        type="text"
        role="combobox"
        aria-label={t('condition.field')}
        aria-autocomplete="list"
        aria-expanded={shown}
        aria-controls={shown ? listId : undefined}
        aria-activedescendant={shown && options[active] ? `${listId}-${active}` : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        autoComplete="off"
        spellCheck={false}
        placeholder={t('condition.chooseField')}
        data-focus-key="field"
        value={query ?? label}
        // Before the builder's tooltip layer looks (it listens further up, after this capture).
        onPointerOverCapture={offerFullLabel}
        onFocus={(event) => {
          prefetch(listboxModule);
          event.currentTarget.select();
        }}
        onClick={(event) => (open ? close() : openList(event.currentTarget))}
        onBlur={close}
        onChange={(event) => {
          setQuery(event.target.value);
          setActive(0);
          setAnchor(event.target.parentElement);
        }}
        onKeyDown={onKeyDown}
      />
      {anchor && listbox && (
        <listbox.FieldListbox
          anchor={anchor}
          id={listId}
          sections={sections}
          active={active}
          selected={field}
          query={query ?? ''}
          onPick={pick}
          onHover={setActive}
        />
      )}
    </span>
  );
});
