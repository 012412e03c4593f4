/*
 * The suggestions are a custom listbox, as in FieldListbox: the input keeps focus and drives the
 * options through aria-activedescendant, so options need neither a tabindex nor key handlers.
 */
/* oxlint-disable jsx-a11y/prefer-tag-over-role, jsx-a11y/interactive-supports-focus, jsx-a11y/click-events-have-key-events */
import { useQuery } from '@tanstack/react-query';
import { useEffect, useId, useState, type KeyboardEvent } from 'react';
import type { OperatorId, Scalar } from '@/domain/model';
import css from '../builder.module.css';
import { useBuilder, useValueSuggestions, type KnownValues, type ValueSuggestionSource } from '../context';
import { isKnownValue, suggestValues } from '../valueMatch';
import { scalarEditor, TEXT_SPEC } from './ScalarEditor';
import styles from './SuggestingTextEditor.module.css';
import type { ValueEditorProps } from './types';

const PlainTextEditor = scalarEditor(TEXT_SPEC);

/** Operators whose value must equal a profile's: a value nobody has is worth a warning. */
const EXACT_OPERATORS: ReadonlySet<OperatorId> = new Set<OperatorId>(['equals', 'not_equals']);

const asText = (scalar: Scalar): string => (typeof scalar === 'boolean' ? '' : String(scalar));

/**
 * The text value editor. Where the host knows a text field's values (ValueSuggestionsContext) it
 * suggests them as the marketer types and warns when an exact value matches no profile; anywhere
 * else it is the plain text input. Rows mount without asking anything: the values are asked for
 * on the input's first focus and cached per database and field by the host's query.
 */
export function SuggestingTextEditor(props: ValueEditorProps) {
  const source = useValueSuggestions();
  const { fields } = useBuilder();
  const { field } = props;
  const suggestible =
    source !== null && field !== undefined && props.value.kind === 'one' && fields.byName.get(field)?.type === 'string';
  if (!suggestible) return <PlainTextEditor {...props} />;
  return <SuggestingInput key={field} {...props} field={field} source={source} />;
}

interface SuggestingInputProps extends ValueEditorProps {
  field: string;
  source: ValueSuggestionSource;
}

function SuggestingInput({ field, operator, value, invalid, describedBy, onChange, source }: SuggestingInputProps) {
  const { t } = useBuilder();
  const listId = useId();
  const warningId = useId();
  const scalar = value.kind === 'one' ? value.value : '';
  const [text, setText] = useState(() => asText(scalar));
  const [shown, setShown] = useState(scalar);
  if (!Object.is(shown, scalar)) {
    // The value moved without this input (undo, text mode): show it.
    setShown(scalar);
    if (text !== asText(scalar)) setText(asText(scalar));
  }
  /** Focused at least once: from then on the field's values are asked for and kept. */
  const [active, setActive] = useState(false);
  const [known, setKnown] = useState<KnownValues | null>(null);
  const [open, setOpen] = useState(false);
  const [highlight, setHighlight] = useState(-1);

  const suggestions = known && text.trim() !== '' ? suggestValues(text, known.values) : [];
  const listOpen = open && suggestions.length > 0;
  const picking = listOpen && highlight >= 0 && highlight < suggestions.length;
  const unknown =
    known !== null &&
    known.complete &&
    operator !== undefined &&
    EXACT_OPERATORS.has(operator) &&
    text.trim() !== '' &&
    !isKnownValue(text, known.values);
  const best = unknown ? suggestValues(text, known.values, 1)[0] : undefined;

  const commit = (next: string) => {
    setText(next);
    setHighlight(-1);
    onChange({ kind: 'one', value: next });
  };
  const pick = (choice: string) => {
    commit(choice);
    setOpen(false);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (suggestions.length === 0) return;
      event.preventDefault();
      setOpen(true);
      const count = suggestions.length;
      const down = event.key === 'ArrowDown';
      setHighlight((current) => (down ? (current + 1) % count : current <= 0 ? count - 1 : current - 1));
    } else if (event.key === 'Enter' && picking) {
      event.preventDefault();
      pick(suggestions[highlight]!);
    } else if (event.key === 'Escape' && listOpen) {
      event.preventDefault();
      setOpen(false);
      setHighlight(-1);
    }
  };

  const described = [describedBy, unknown ? warningId : undefined].filter(Boolean).join(' ') || undefined;
  return (
    <>
      <span className={styles.wrap}>
        <input
          className={css.control}
          type="text"
          value={text}
          placeholder={t('condition.textPlaceholder')}
          aria-label={t('condition.value')}
          aria-invalid={invalid || undefined}
          aria-describedby={described}
          aria-autocomplete="list"
          aria-controls={listOpen ? listId : undefined}
          aria-activedescendant={picking ? `${listId}-${highlight}` : undefined}
          autoComplete="off"
          data-focus-key="value"
          // Enter picks a highlighted suggestion here; otherwise it adds the next condition.
          data-last-value={picking ? undefined : true}
          onFocus={() => {
            setActive(true);
            setOpen(true);
          }}
          onBlur={() => {
            setOpen(false);
            setHighlight(-1);
          }}
          onKeyDown={onKeyDown}
          onChange={(event) => {
            setOpen(true);
            commit(event.target.value);
          }}
        />
        {listOpen ? (
          <div id={listId} role="listbox" aria-label={t('value.suggestions')} className={styles.list}>
            {suggestions.map((suggestion, index) => (
              <div
                key={suggestion}
                id={`${listId}-${index}`}
                role="option"
                aria-selected={index === highlight}
                className={styles.option}
                // Before the input's blur, so the click lands on the option.
                onMouseDown={(event) => {
                  event.preventDefault();
                  pick(suggestion);
                }}
              >
                {suggestion}
              </div>
            ))}
          </div>
        ) : null}
      </span>
      {unknown ? (
        <span id={warningId} className={styles.warning}>
          {best ? t('value.noMatchDidYouMean', { value: best }) : t('value.noMatch')}
        </span>
      ) : null}
      {active ? <KnownValuesLoader source={source} field={field} onLoad={setKnown} /> : null}
    </>
  );
}

/** Asks for a field's values once mounted (the first focus); the host's query caches them. */
function KnownValuesLoader(props: {
  source: ValueSuggestionSource;
  field: string;
  onLoad: (known: KnownValues | null) => void;
}) {
  const { source, field, onLoad } = props;
  const { data } = useQuery(source.query(field));
  useEffect(() => onLoad(data ?? null), [data, onLoad]);
  return null;
}
