/**
 * What the text parser reports. A problem is a code plus parameters until the UI shows it through a
 * message table (messages.ts), so a second locale is one more table and no change here.
 */

/** Blocking: the text does not become a tree. */
export type TextErrorCode =
  // lexical
  | 'unexpected_character'
  | 'unterminated_string'
  | 'unterminated_field'
  | 'unterminated_opaque'
  | 'bad_escape'
  | 'opaque_malformed'
  // grammar
  | 'expected_condition'
  | 'expected_connective'
  | 'expected'
  | 'expected_value'
  | 'unquoted_text'
  | 'unknown_operator'
  | 'nesting_too_deep'
  // meaning
  | 'operator_not_for_type'
  | 'value_type'
  | 'date_invalid'
  | 'opaque_unknown'
  | 'opaque_duplicate'
  // what the backend can store (Capabilities in model.ts)
  | 'conditions_not_supported'
  | 'not_supported'
  | 'depth_exceeded'
  | 'depth_exceeded_mixed'
  | 'too_many_conditions'
  | 'root_combinator_fixed'
  | 'operator_not_supported';

/** Advice: the text becomes a tree, but probably not the one meant. */
export type TextWarningCode = 'field_unknown' | 'unknown_option';

export type TextProblemCode = TextErrorCode | TextWarningCode;

export type TextProblemParams = Record<string, string | number>;

export interface TextProblem {
  /** Offsets into the text (UTF-16 code units, as CodeMirror counts them); `to` is exclusive. */
  from: number;
  to: number;
  /** 1-based, for messages such as "line 2, column 5". */
  line: number;
  column: number;
  code: TextProblemCode;
  params: TextProblemParams;
}

/** A problem before its line and column are known; they are computed once, at the end of a parse. */
export interface RawProblem {
  from: number;
  to: number;
  code: TextProblemCode;
  params: TextProblemParams;
}

/** Adds 1-based line and column to problems, sorted by position (stable for equal offsets). */
export function locateProblems(text: string, problems: readonly RawProblem[]): TextProblem[] {
  if (problems.length === 0) return [];
  const lineStarts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) lineStarts.push(i + 1);
  const locate = (offset: number): { line: number; column: number } => {
    let low = 0;
    let high = lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - lineStarts[low]! + 1 };
  };
  return [...problems].sort((a, b) => a.from - b.from).map((problem) => ({ ...problem, ...locate(problem.from) }));
}
