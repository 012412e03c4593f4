import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import { useId, useState, type ClipboardEvent, type KeyboardEvent } from 'react';
import type { Scalar } from '@/domain/model';
import css from '../builder.module.css';
import { useBuilder } from '../context';
import { EditIcon, iconClass } from '../icons';
import { mergeValues, splitValues } from '../listValues';
import type { ValueEditorProps } from './types';

/** Chips shown inline; the rest is summarised, so 5,000 pasted values cost 20 chips. */
const SHOWN_CHIPS = 20;
const HAS_SEPARATOR = /[\r\n,;\t]/;

/**
 * A list of text values: type and press Enter (or a comma), or paste thousands at once. Pasted
 * text is split on new lines, commas, semicolons and tabs, and duplicates are removed with a count.
 */
export function ListEditor({ value, invalid, describedBy, onChange }: ValueEditorProps) {
  const { t } = useBuilder();
  const [draft, setDraft] = useState('');
  const [duplicates, setDuplicates] = useState(0);
  const [editing, setEditing] = useState(false);
  const countId = useId();
  const values = value.kind === 'list' ? value.values.map(String) : [];

  const add = (incoming: string[]) => {
    const merged = mergeValues(values, incoming);
    setDuplicates(merged.duplicates);
    if (merged.added > 0) onChange({ kind: 'list', values: merged.values });
  };

  const replace = (next: string[]) => {
    const merged = mergeValues([], next);
    setDuplicates(merged.duplicates);
    onChange({ kind: 'list', values: merged.values });
  };

  const commitDraft = (): boolean => {
    const parts = splitValues(draft);
    setDraft('');
    if (parts.length === 0) return false;
    add(parts);
    return true;
  };

  const onPaste = (event: ClipboardEvent<HTMLInputElement>) => {
    const text = event.clipboardData.getData('text/plain');
    if (!HAS_SEPARATOR.test(text)) return; // A single value pastes into the box like any text.
    event.preventDefault();
    setDraft('');
    add(splitValues(draft + text));
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if ((event.key === 'Enter' || event.key === ',' || event.key === ';') && draft.trim() !== '') {
      // With text in the box, Enter adds a value; the input is not marked as the last value then,
      // so the builder does not add a condition as well.
      event.preventDefault();
      commitDraft();
    } else if (event.key === 'Backspace' && draft === '' && values.length > 0) {
      onChange({ kind: 'list', values: values.slice(0, -1) });
    }
  };

  const describedByAll = [describedBy, countId].filter(Boolean).join(' ');
  const hidden = values.length - SHOWN_CHIPS;

  return (
    <div className={css.listEditor}>
      {values.length > 0 && (
        <ul className={css.chips}>
          {values.slice(0, SHOWN_CHIPS).map((item, index) => (
            <li key={item} className={css.chip}>
              <span className={css.chipText} title={item}>
                {item}
              </span>
              <button
                type="button"
                className={iconClass('close', css.chipRemove)}
                aria-label={t('list.removeValue', { value: item })}
                onClick={() => onChange({ kind: 'list', values: values.filter((_, i) => i !== index) })}
              />
            </li>
          ))}
          {hidden > 0 && <li className={css.more}>{t('list.more', { count: hidden })}</li>}
        </ul>
      )}
      <input
        className={css.control}
        type="text"
        aria-label={t('condition.value')}
        aria-invalid={invalid || undefined}
        aria-describedby={describedByAll}
        placeholder={t('list.placeholder')}
        data-focus-key="value"
        data-last-value={draft === '' || undefined}
        value={draft}
        onChange={(event) => setDraft(event.target.value)}
        onPaste={onPaste}
        onKeyDown={onKeyDown}
        onBlur={commitDraft}
      />
      <div className={css.listFooter}>
        <output id={countId} aria-live="polite">
          {duplicates > 0
            ? t('list.countWithDuplicates', { count: values.length, duplicates })
            : t('list.count', { count: values.length })}
        </output>
        <button type="button" className={css.linkButton} onClick={() => setEditing(true)}>
          {values.length > SHOWN_CHIPS ? t('list.viewAll') : t('list.editAsText')}
        </button>
      </div>
      {editing && (
        <ListTextDialog
          values={values}
          onSave={(next) => (replace(next), setEditing(false))}
          onClose={() => setEditing(false)}
        />
      )}
    </div>
  );
}

interface ListTextDialogProps {
  values: readonly Scalar[];
  onSave: (values: string[]) => void;
  onClose: () => void;
}

/** Every value as editable text, one per line. */
function ListTextDialog({ values, onSave, onClose }: ListTextDialogProps) {
  const { t } = useBuilder();
  const [text, setText] = useState(() => values.join('\n'));
  const titleId = useId();
  const fieldId = useId();
  const helpId = useId();
  return (
    <Dialog
      open
      onClose={onClose}
      aria-labelledby={titleId}
      fullWidth
      maxWidth="sm"
      slotProps={{ paper: { className: css.portal } }}
    >
      <DialogTitle id={titleId} className={css.dialogTitle}>
        <EditIcon className={css.titleIcon} />
        {t('list.dialogTitle')}
      </DialogTitle>
      <DialogContent>
        <label htmlFor={fieldId} className={css.dialogLabel}>
          {t('list.dialogLabel')}
        </label>
        <textarea
          id={fieldId}
          className={css.textarea}
          rows={14}
          aria-describedby={helpId}
          value={text}
          onChange={(event) => setText(event.target.value)}
          autoFocus
        />
        <p id={helpId} className={css.dialogHelp}>
          {t('list.dialogHelp')}
        </p>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose}>{t('list.cancel')}</Button>
        <Button variant="contained" onClick={() => onSave(splitValues(text))}>
          {t('list.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
}
