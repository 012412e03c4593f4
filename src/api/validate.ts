import { safeParse } from 'zod/mini';
import type { $ZodIssue, $ZodType, output } from 'zod/v4/core';
import { ApiError } from './errors';

const MAX_ISSUES = 3;

/** "segment.0.queries: Invalid input: expected array, received undefined" */
export function describeIssues(issues: readonly $ZodIssue[]): string[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Checks `value` against a schema that only validates (no transforms, defaults or coercion) and
 * returns `value` itself, so the data keeps the key order it arrived with. Bad data becomes an
 * ApiError 'bad_response' that lists the first issues. Classic and zod/mini schemas alike.
 */
export function validated<S extends $ZodType>(schema: S, value: unknown, status = 200): output<S> {
  const result = safeParse(schema, value);
  if (!result.success) {
    throw new ApiError({ code: 'bad_response', status, params: { issues: describeIssues(result.error.issues) } });
  }
  return value as output<S>;
}
