import type { ConditionValue, FieldOption, OperatorId } from '@/domain/model';

/** What every value editor receives. `onChange` is stable for the row's lifetime. */
export interface ValueEditorProps {
  nodeId: string;
  /** The condition's field and operator, for editors that suggest the field's known values. */
  field?: string;
  operator?: OperatorId;
  value: ConditionValue;
  /** The choices of enum-like editors (the field's options, or the email domain groups). */
  options: readonly FieldOption[] | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: ConditionValue) => void;
}
