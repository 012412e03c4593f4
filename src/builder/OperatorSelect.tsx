import { memo } from 'react';
import type { FieldType, OperatorId } from '@/domain/model';
import { OPERATORS } from '@/domain/operators';
import css from './builder.module.css';
import { allowedOperators } from './capabilities';
import { useBuilder } from './context';

interface OperatorSelectProps {
  nodeId: string;
  type: FieldType;
  operator: OperatorId;
  /** No field chosen yet: there is nothing to compare. */
  disabled: boolean;
  invalid: boolean;
  describedBy: string | undefined;
}

/**
 * A native select: the cheapest accessible picker there is, with the platform's keyboard
 * behaviour. It lists the operators of the field's type that the backend can store; an operator
 * read from the backend that is not offered stays visible (and flagged) rather than being lost.
 */
export const OperatorSelect = memo(function OperatorSelect(props: OperatorSelectProps) {
  const { nodeId, type, operator, disabled, invalid, describedBy } = props;
  const { t, actions, capabilities } = useBuilder();
  const offered = allowedOperators(type, capabilities);
  const known = offered.some((spec) => spec.id === operator);
  return (
    <span className={css.selectWrap}>
      <select
        className={css.select}
        aria-label={t('condition.operator')}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        data-focus-key="operator"
        disabled={disabled}
        value={operator}
        onChange={(event) => actions.setOperator(nodeId, event.target.value as OperatorId)}
      >
        {!known && (
          <option value={operator}>
            {t('condition.unsupportedOperator', { operator: OPERATORS[operator].label })}
          </option>
        )}
        {offered.map((spec) => (
          <option key={spec.id} value={spec.id}>
            {spec.label}
          </option>
        ))}
      </select>
    </span>
  );
});
