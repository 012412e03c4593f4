import type { z } from 'zod';
import { ApiError } from './errors';

const MAX_ISSUES = 3;

/** "segment.0.queries: Invalid input: expected array, received undefined" */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string[] {
  return issues.slice(0, MAX_ISSUES).map((issue) => {
    const path = issue.path.map(String).join('.');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}

/**
 * Checks `value` against a schema that only validates (no transforms, defaults or coercion) and
 * returns `value` itself, so the data keeps the key order it arrived with. Bad data becomes an
 * ApiError 'bad_response' that lists the first issues.
 */
export function validated<S extends z.ZodType>(schema: S, value: unknown, status = 200): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) {
    throw new ApiError({ code: 'bad_response', status, params: { issues: describeIssues(result.error.issues) } });
  }
  return value as z.output<S>;
}
