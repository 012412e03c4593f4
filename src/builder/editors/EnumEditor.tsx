import { useMemo, useRef } from 'react';
import type { FieldOption, Scalar } from '@/domain/model';
import { toOptionKey } from '@/domain/values';
import css from '../builder.module.css';
import { useBuilder } from '../context';
import { ensureOptions, useNativeOptions, type NativeOption } from '../nativeOptions';
import type { ValueEditorProps } from './types';

/** Option values may be numbers; the select works with their written form. */
export const optionKey = (value: Scalar): string => toOptionKey(value) ?? '';

export function findOption(options: readonly FieldOption[] | undefined, value: Scalar): FieldOption | undefined {
  const key = optionKey(value);
  return options?.find((option) => optionKey(option.value) === key);
}

/** A native select over the field's options. A value that is not an option stays visible. */
export function EnumEditor({ value, options = [], invalid, describedBy, onChange }: ValueEditorProps) {
  const { t } = useBuilder();
  const ref = useRef<HTMLSelectElement>(null);
  const current = value.kind === 'one' ? value.value : '';
  const currentKey = optionKey(current);
  const stray = currentKey !== '' && !findOption(options, current) ? currentKey : '';
  const choices = useMemo<NativeOption[]>(
    () => [
      { value: '', label: t('condition.choose') },
      ...(stray ? [{ value: stray, label: stray }] : []),
      ...options.map((option) => ({ value: optionKey(option.value), label: option.label })),
    ],
    [options, stray, t],
  );
  useNativeOptions(ref, choices, currentKey);
  return (
    <select
      ref={ref}
      className={css.select}
      aria-label={t('condition.value')}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      data-focus-key="value"
      data-last-value
      onFocus={(event) => ensureOptions(event.currentTarget)}
      onPointerDown={(event) => ensureOptions(event.currentTarget)}
      onChange={(event) => {
        const chosen = options.find((option) => optionKey(option.value) === event.target.value);
        onChange({ kind: 'one', value: chosen ? chosen.value : '' });
      }}
    />
  );
}
