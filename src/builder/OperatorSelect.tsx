import { memo, useMemo, useRef } from 'react';
import type { FieldType, OperatorId } from '@/domain/model';
import type { DomainLocale } from '@/domain/locale/types';
import type { Translate } from '@/ui/i18n';
import css from './builder.module.css';
import { allowedOperators, type BuilderCapabilities } from './capabilities';
import { useBuilder } from './context';
import type { BuilderMessageKey } from './messages';
import { ensureOptions, useNativeOptions, type NativeOption } from './nativeOptions';

interface OperatorSelectProps {
  nodeId: string;
  type: FieldType;
  operator: OperatorId;
  /** No field chosen yet: there is nothing to compare. */
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
}

// One option list per (capabilities, type, language), shared by every row of that type.
const optionCache = new WeakMap<object, Map<string, NativeOption[]>>();

function offeredOptions(type: FieldType, capabilities: BuilderCapabilities, locale: DomainLocale): NativeOption[] {
  const offered = allowedOperators(type, capabilities);
  let byType = optionCache.get(offered);
  if (!byType) {
    byType = new Map();
    optionCache.set(offered, byType);
  }
  const key = `${locale.tag}:${type}`;
  let options = byType.get(key);
  if (!options) {
    options = offered.map((spec) => ({ value: spec.id, label: locale.operators[spec.id] }));
    byType.set(key, options);
  }
  return options;
}

/** The offered operators, plus the current one if the backend cannot store it (shown, flagged, never lost). */
function operatorOptions(
  type: FieldType,
  operator: OperatorId,
  capabilities: BuilderCapabilities,
  t: Translate<BuilderMessageKey>,
  locale: DomainLocale,
): NativeOption[] {
  const offered = offeredOptions(type, capabilities, locale);
  if (offered.some((option) => option.value === operator)) return offered;
  const label = t('condition.unsupportedOperator', { operator: locale.operators[operator] });
  return [{ value: operator, label }, ...offered];
}

/**
 * A native select: the cheapest accessible picker there is, with the platform's keyboard
 * behaviour. It lists the operators of the field's type that the backend can store.
 */
export const OperatorSelect = memo(function OperatorSelect(props: OperatorSelectProps) {
  const { nodeId, type, operator, disabled, invalid, describedBy } = props;
  const { t, locale, actions, capabilities } = useBuilder();
  const ref = useRef<HTMLSelectElement>(null);
  const options = useMemo(
    () => operatorOptions(type, operator, capabilities, t, locale),
    [type, operator, capabilities, t, locale],
  );
  useNativeOptions(ref, options, operator);
  return (
    <select
      ref={ref}
      className={css.select}
      aria-label={t('condition.operator')}
      aria-invalid={invalid || undefined}
      aria-describedby={describedBy}
      data-focus-key="operator"
      disabled={disabled}
      onFocus={(event) => ensureOptions(event.currentTarget)}
      onPointerDown={(event) => ensureOptions(event.currentTarget)}
      onChange={(event) => actions.setOperator(nodeId, event.target.value as OperatorId)}
    />
  );
});
