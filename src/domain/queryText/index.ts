/**
 * Text mode: one block's conditions as a readable query, both ways. The grammar is documented at
 * the top of parse.ts and in README.md beside this file.
 */
export { analyse, MAX_NESTING, opaqueNodesOf, parseQuery } from './parse';
export type { Analysis, Expectation, ParseOptions, ParseResult, TextCapabilities } from './parse';
export { DEFAULT_WIDTH, fieldText, printGroup } from './print';
export type { PrintOptions } from './print';
export { completionsAt } from './completions';
export type { CompletionOption, Completions } from './completions';
export { tokenize } from './highlight';
export type { HighlightKind, HighlightToken } from './highlight';
export { queryTextMessagesEn } from './messages';
export type { QueryTextMessages } from './messages';
export type { TextErrorCode, TextProblem, TextProblemCode, TextProblemParams, TextWarningCode } from './problems';
export { OPERATOR_SPELLINGS, spellingOf } from './spellings';
export type { OperatorSpelling } from './spellings';
