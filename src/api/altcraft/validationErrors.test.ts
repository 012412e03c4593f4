import error450 from './fixtures/error-450.response.json';
import { canonicalFieldPath, parseValidationErrors } from './validationErrors';

describe('parseValidationErrors', () => {
  it('reads "field: message" parts of error_text and maps them to editor fields', () => {
    expect(parseValidationErrors(error450.error_text, error450.data)).toEqual({
      name: 'must not be empty',
      'blocks.0.sample.to': 'must be greater than percent_from',
    });
  });

  it('reads a map or a list in data first', () => {
    expect(parseValidationErrors('Validation error', { list_id: 'unknown database' })).toEqual({
      databaseId: 'unknown database',
    });
    expect(
      parseValidationErrors('Validation error', {
        errors: [
          { field: 'segment.1.limit', message: 'must be positive' },
          { param: 'name', error: 'too long' },
          { unrelated: true },
        ],
      }),
    ).toEqual({ 'blocks.1.limit': 'must be positive', name: 'too long' });
  });

  it('reads the "parameter x ..." form and joins messages of one field', () => {
    expect(
      parseValidationErrors("parameter 'is_static' is required\nname: too short; name: has bad characters", null),
    ).toEqual({
      kind: 'is required',
      name: 'too short has bad characters',
    });
  });

  it('gives nothing when no field can be told', () => {
    expect(parseValidationErrors('Request validation error', null)).toBeUndefined();
    expect(parseValidationErrors(undefined, [])).toBeUndefined();
  });

  it.each([
    ['is_refresh_daily', 'refreshDaily'],
    ['segment', 'blocks'],
    ['segment[2]', 'blocks.2.root'],
    ['segment[0].list_id', 'blocks.0.databaseId'],
    ['segment.0.condition', 'blocks.0.root.combinator'],
    ['segment[0].queries[3].value', 'blocks.0.root'],
    ['segment[0].percent_from', 'blocks.0.sample.from'],
    ['segment[0].mystery', 'segment[0].mystery'],
    ['resource_id', 'resource_id'],
  ])('%s → %s', (wire, canonical) => {
    expect(canonicalFieldPath(wire)).toBe(canonical);
  });
});
