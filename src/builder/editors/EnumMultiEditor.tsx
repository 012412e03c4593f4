import Popover from '@mui/material/Popover';
import { useId, useState } from 'react';
import type { FieldOption, Scalar } from '@/domain/model';
import css from '../builder.module.css';
import { useBuilder } from '../context';
import { findOption, optionKey } from './EnumEditor';
import type { ValueEditorProps } from './types';

/** Past this many options the popup offers a filter box. */
const FILTER_FROM = 8;
/** Labels shown on the closed button before "+N more". */
const SHOWN_LABELS = 3;

/**
 * Several options at once. Closed, it is one button that lists the chosen labels; the checkbox
 * list is mounted only while the popup is open.
 */
export function EnumMultiEditor({ value, options = [], invalid, describedBy, onChange }: ValueEditorProps) {
  const { t } = useBuilder();
  /** The button while the popup is open. */
  const [anchor, setAnchor] = useState<HTMLElement | null>(null);
  const chosen = value.kind === 'list' ? value.values : [];
  const labels = chosen.map((scalar) => findOption(options, scalar)?.label ?? String(scalar));
  const more = labels.length - SHOWN_LABELS;
  const text =
    labels.length === 0
      ? t('enumMulti.none')
      : labels.slice(0, SHOWN_LABELS).join(', ') + (more > 0 ? ` ${t('enumMulti.more', { count: more })}` : '');

  return (
    <>
      <button
        type="button"
        className={css.multiButton}
        aria-label={t('condition.value')}
        aria-haspopup="dialog"
        aria-expanded={anchor !== null}
        aria-describedby={describedBy}
        data-invalid={invalid || undefined}
        data-focus-key="value"
        data-empty={labels.length === 0}
        onClick={(event) => setAnchor(event.currentTarget)}
      >
        <span className={css.multiButtonText}>{text}</span>
      </button>
      {anchor && (
        <MultiPopup
          anchor={anchor}
          options={options}
          chosen={chosen}
          onChange={(values) => onChange({ kind: 'list', values })}
          onClose={() => setAnchor(null)}
        />
      )}
    </>
  );
}

interface MultiPopupProps {
  anchor: HTMLElement | null;
  options: readonly FieldOption[];
  chosen: readonly Scalar[];
  onChange: (values: Scalar[]) => void;
  onClose: () => void;
}

function MultiPopup({ anchor, options, chosen, onChange, onClose }: MultiPopupProps) {
  const { t } = useBuilder();
  const [filter, setFilter] = useState('');
  const titleId = useId();
  const chosenKeys = new Set(chosen.map(optionKey));
  const needle = filter.trim().toLowerCase();
  const visible = needle ? options.filter((option) => option.label.toLowerCase().includes(needle)) : options;

  // Keep the options' own order, plus any chosen value that is not an option (never dropped).
  const toggle = (option: FieldOption) => {
    const key = optionKey(option.value);
    const next = new Set(chosenKeys);
    if (next.has(key)) next.delete(key);
    else next.add(key);
    const strays = chosen.filter((scalar) => !findOption(options, scalar) && next.has(optionKey(scalar)));
    onChange([...strays, ...options.filter((o) => next.has(optionKey(o.value))).map((o) => o.value)]);
  };

  return (
    <Popover
      open
      anchorEl={anchor}
      onClose={onClose}
      anchorOrigin={{ vertical: 'bottom', horizontal: 'left' }}
      slotProps={{ paper: { className: css.popup, role: 'dialog', 'aria-labelledby': titleId } }}
    >
      <fieldset className={css.listbox} style={{ border: 0, margin: 0, padding: 0 }}>
        <legend className={css.sectionHeader} id={titleId}>
          {t('enumMulti.title')}
        </legend>
        {options.length >= FILTER_FROM && (
          <input
            className={css.filter}
            type="search"
            aria-label={t('enumMulti.filter')}
            placeholder={t('enumMulti.filter')}
            value={filter}
            onChange={(event) => setFilter(event.target.value)}
            autoFocus
          />
        )}
        {visible.map((option, index) => (
          <label key={optionKey(option.value)} className={css.checkOption}>
            <input
              type="checkbox"
              checked={chosenKeys.has(optionKey(option.value))}
              onChange={() => toggle(option)}
              autoFocus={options.length < FILTER_FROM && index === 0}
            />
            {option.label}
          </label>
        ))}
      </fieldset>
      <div className={css.popupFooter}>
        <button type="button" className={css.linkButton} onClick={onClose}>
          {t('enumMulti.done')}
        </button>
      </div>
    </Popover>
  );
}
