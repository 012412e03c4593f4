import type { ComponentType } from 'react';
import type { EditorKind } from '@/domain/model';
import { EnumEditor } from './EnumEditor';
import { EnumMultiEditor } from './EnumMultiEditor';
import { ListEditor } from './ListEditor';
import { SuggestingTextEditor } from './SuggestingTextEditor';
import {
  DATE_SPEC,
  DATETIME_SPEC,
  DAYS_SPEC,
  NUMBER_SPEC,
  scalarEditor,
  VERSION_SPEC,
  YEARS_SPEC,
} from './ScalarEditor';
import type { ValueEditorProps } from './types';

export type { ValueEditorProps } from './types';

/** Operators that take no value ("is true", "is empty") show nothing: the row reads complete. */
function NoValueEditor() {
  return null;
}

/** The value editor per editor kind (from the domain's operator registry): data, not `if` chains. */
export const VALUE_EDITORS: Readonly<Record<EditorKind, ComponentType<ValueEditorProps>>> = {
  none: NoValueEditor,
  // Suggests a text field's known values where the host knows them; a plain input elsewhere.
  text: SuggestingTextEditor,
  number: scalarEditor(NUMBER_SPEC),
  days: scalarEditor(DAYS_SPEC),
  years: scalarEditor(YEARS_SPEC),
  date: scalarEditor(DATE_SPEC),
  datetime: scalarEditor(DATETIME_SPEC),
  version: scalarEditor(VERSION_SPEC),
  enum: EnumEditor,
  'enum-multi': EnumMultiEditor,
  'text-list': ListEditor,
};
