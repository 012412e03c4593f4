import { useId, useLayoutEffect, useRef, type ComponentType } from 'react';
import { datesAgree, formatDate, formatDateTime } from '@/domain/formats';
import type { ConditionValue, Scalar } from '@/domain/model';
import { isIsoDate, isIsoDateTime } from '@/domain/operators';
import css from '../builder.module.css';
import { useBuilder } from '../context';
import type { BuilderMessageKey } from '../messages';
import type { ValueEditorProps } from './types';

/** How one kind of scalar is typed: the input it uses and how text turns into a value. */
export interface ScalarSpec {
  inputType: 'text' | 'number' | 'date' | 'datetime-local';
  inputMode?: 'text' | 'decimal' | 'numeric';
  className: string | undefined;
  parse: (text: string) => Scalar;
  format: (scalar: Scalar) => string;
  min?: number;
  step?: number | 'any';
  placeholder?: BuilderMessageKey;
  /**
   * The value in the app's format (DomainLocale.tag), shown beside a native input that writes it
   * in the browser's own format when the two differ; undefined while the value is unfinished.
   */
  formatted?: (scalar: Scalar, tag: string) => string | undefined;
}

const asText = (scalar: Scalar): string => (typeof scalar === 'boolean' ? '' : String(scalar));

/** Blank stays blank (the validator says "enter a value"); anything numeric becomes a number. */
const parseNumber = (text: string): Scalar => {
  if (text.trim() === '') return '';
  const number = Number(text);
  return Number.isFinite(number) ? number : text;
};

export const TEXT_SPEC: ScalarSpec = {
  inputType: 'text',
  className: css.control,
  parse: (text) => text,
  format: asText,
  placeholder: 'condition.textPlaceholder',
};
export const NUMBER_SPEC: ScalarSpec = {
  inputType: 'number',
  inputMode: 'decimal',
  className: css.numberInput,
  parse: parseNumber,
  format: asText,
  step: 'any',
};
/** A count of days; the operator's label names the unit ("is in the last N days"), so no suffix repeats it. */
export const DAYS_SPEC: ScalarSpec = {
  inputType: 'number',
  inputMode: 'numeric',
  className: css.numberInput,
  parse: parseNumber,
  format: asText,
  min: 0,
  step: 1,
};
/** A count of years ("age is between N and M years"), whole and never negative. */
export const YEARS_SPEC: ScalarSpec = { ...DAYS_SPEC };
export const DATE_SPEC: ScalarSpec = {
  inputType: 'date',
  className: css.control,
  parse: (text) => text,
  format: asText,
  formatted: (scalar, tag) => (typeof scalar === 'string' && isIsoDate(scalar) ? formatDate(scalar, tag) : undefined),
};
/** A local date and time; a bare date (midnight) is shown with its time so the input accepts it. */
export const DATETIME_SPEC: ScalarSpec = {
  inputType: 'datetime-local',
  className: css.control,
  parse: (text) => text,
  format: (scalar) => {
    const text = asText(scalar);
    return /^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00` : text;
  },
  formatted: (scalar, tag) =>
    typeof scalar === 'string' && isIsoDateTime(scalar) ? formatDateTime(scalar, tag) : undefined,
};
export const VERSION_SPEC: ScalarSpec = {
  inputType: 'text',
  inputMode: 'decimal',
  className: css.control,
  parse: (text) => text,
  format: asText,
  placeholder: 'condition.versionPlaceholder',
};

interface ScalarInputProps {
  spec: ScalarSpec;
  scalar: Scalar;
  label: string;
  /** The row's last value: Enter here adds the next condition. */
  last: boolean;
  invalid: boolean;
  describedBy: string | undefined;
  focusKey: string;
  onCommit: (scalar: Scalar) => void;
}

/**
 * Uncontrolled on purpose: the browser keeps what is typed (a half-typed "1." in a number input
 * included) and every change is committed to the tree. The DOM is rewritten only when the value
 * changes from outside, e.g. an undo.
 */
function ScalarInput({ spec, scalar, label, last, invalid, describedBy, focusKey, onCommit }: ScalarInputProps) {
  const { t, locale } = useBuilder();
  const ref = useRef<HTMLInputElement>(null);
  const formattedId = useId();
  // Wrapped whenever the formats differ, filled or not, so the input is never remounted mid-typing.
  const besides = spec.formatted !== undefined && !datesAgree(navigator.language, locale.tag);
  const formatted = besides ? spec.formatted?.(scalar, locale.tag) : undefined;
  useLayoutEffect(() => {
    const input = ref.current;
    if (input && !Object.is(spec.parse(input.value), scalar)) input.value = spec.format(scalar);
  }, [spec, scalar]);
  const input = (
    <input
      ref={ref}
      className={spec.className}
      type={spec.inputType}
      inputMode={spec.inputMode}
      min={spec.min}
      step={spec.step}
      placeholder={spec.placeholder && t(spec.placeholder)}
      aria-label={label}
      aria-invalid={invalid || undefined}
      aria-describedby={[describedBy, formatted && formattedId].filter(Boolean).join(' ') || undefined}
      data-focus-key={focusKey}
      data-last-value={last || undefined}
      defaultValue={spec.format(scalar)}
      onChange={(event) => onCommit(spec.parse(event.target.value))}
    />
  );
  if (!besides) return input;
  return (
    <span className={css.inputWithSuffix}>
      {input}
      <span id={formattedId} className={css.suffix}>
        {formatted}
      </span>
    </span>
  );
}

/** One input for single-value operators, "from … and … to" for ranges. */
export function scalarEditor(spec: ScalarSpec): ComponentType<ValueEditorProps> {
  function ScalarEditor({ value, invalid, describedBy, onChange }: ValueEditorProps) {
    const { t } = useBuilder();
    const common = { spec, invalid, describedBy };
    if (value.kind === 'two') {
      const { from, to } = value;
      const set = (next: Partial<Extract<ConditionValue, { kind: 'two' }>>) =>
        onChange({ kind: 'two', from, to, ...next });
      return (
        <>
          <ScalarInput
            {...common}
            scalar={from}
            label={t('condition.valueFrom')}
            last={false}
            focusKey="value"
            onCommit={(s) => set({ from: s })}
          />
          <span className={css.rangeJoin}>{t('condition.and')}</span>
          <ScalarInput
            {...common}
            scalar={to}
            label={t('condition.valueTo')}
            last
            focusKey="value-to"
            onCommit={(s) => set({ to: s })}
          />
        </>
      );
    }
    const scalar = value.kind === 'one' ? value.value : '';
    return (
      <ScalarInput
        {...common}
        scalar={scalar}
        label={t('condition.value')}
        last
        focusKey="value"
        onCommit={(s) => onChange({ kind: 'one', value: s })}
      />
    );
  }
  return ScalarEditor;
}
