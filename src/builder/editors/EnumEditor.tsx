import type { FieldOption, Scalar } from '@/domain/model';
import { toOptionKey } from '@/domain/values';
import css from '../builder.module.css';
import { useBuilder } from '../context';
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
  const current = value.kind === 'one' ? value.value : '';
  const currentKey = optionKey(current);
  const stray = currentKey !== '' && !findOption(options, current);
  return (
    <span className={css.selectWrap}>
      <select
        className={css.select}
        aria-label={t('condition.value')}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-focus-key="value"
        data-last-value
        value={currentKey}
        onChange={(event) => {
          const chosen = options.find((option) => optionKey(option.value) === event.target.value);
          onChange({ kind: 'one', value: chosen ? chosen.value : '' });
        }}
      >
        <option value="">{t('condition.choose')}</option>
        {stray && <option value={currentKey}>{currentKey}</option>}
        {options.map((option) => (
          <option key={optionKey(option.value)} value={optionKey(option.value)}>
            {option.label}
          </option>
        ))}
      </select>
    </span>
  );
}
