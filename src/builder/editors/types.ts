import type { ConditionValue, FieldOption } from '@/domain/model';

/** What every value editor receives. `onChange` is stable for the row's lifetime. */
export interface ValueEditorProps {
  nodeId: string;
  value: ConditionValue;
  /** The choices of enum-like editors (the field's options, or the email domain groups). */
  options: readonly FieldOption[] | undefined;
  invalid: boolean;
  describedBy: string | undefined;
  onChange: (value: ConditionValue) => void;
}
