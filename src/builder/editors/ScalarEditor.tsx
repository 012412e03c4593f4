import { useLayoutEffect, useRef, type ComponentType } from 'react';
import type { ConditionValue, Scalar } from '@/domain/model';
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
  suffix?: BuilderMessageKey;
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
export const DAYS_SPEC: ScalarSpec = {
  inputType: 'number',
  inputMode: 'numeric',
  className: css.numberInput,
  parse: parseNumber,
  format: asText,
  min: 0,
  step: 1,
  suffix: 'condition.days',
};
export const DATE_SPEC: ScalarSpec = {
  inputType: 'date',
  className: css.control,
  parse: (text) => text,
  format: asText,
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
  const { t } = useBuilder();
  const ref = useRef<HTMLInputElement>(null);
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
      aria-describedby={describedBy}
      data-focus-key={focusKey}
      data-last-value={last || undefined}
      defaultValue={spec.format(scalar)}
      onChange={(event) => onCommit(spec.parse(event.target.value))}
    />
  );
  if (!spec.suffix) return input;
  return (
    <span className={css.inputWithSuffix}>
      {input}
      <span className={css.suffix} aria-hidden="true">
        {t(spec.suffix)}
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
