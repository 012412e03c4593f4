/** Public API of the condition builder. */
export { ConditionBuilder, type ConditionBuilderProps } from './ConditionBuilder';
export { ReadOnlyTree, type ReadOnlyTreeProps, type Outcome } from './ReadOnlyTree';
export {
  allowedOperators,
  builderCapabilitiesOf,
  UNLIMITED_CAPABILITIES,
  type BuilderCapabilities,
} from './capabilities';
export { builderMessages } from './messages';
export { ValueSuggestionsContext, type KnownValues, type ValueSuggestionSource } from './context';
export { QueryTextEditor, QueryTextView } from './text/lazy';
export type { QueryTextEditorProps, QueryTextViewProps, TextProblemReport } from './text/lazy';
