import { ApiError, apiErrorText } from '@/api/errors';
import { toFormPath } from './draftModel';
import { describeSaveFailure } from './saveFailure';

describe('save failures', () => {
  it('tells a network failure apart and keeps the Request-ID for a safe retry', () => {
    const failure = describeSaveFailure(new ApiError({ code: 'network', requestId: 'r-1' }));
    expect(failure.offline).toBe(true);
    expect(failure.retrySameWrite).toBe(true);
    expect(describeSaveFailure(new ApiError({ code: 'timeout' })).retrySameWrite).toBe(true);
    expect(failure.requestId).toBe('r-1');
    expect(failure.action).toBe('retry');
    expect(apiErrorText(failure.error, 'en')).toMatch(/could not be reached/);
    expect(apiErrorText(failure.error, 'ru')).toMatch(/Не удалось связаться с сервером/);
  });

  it('treats a write whose outcome is unknown as maybe saved: gateway 5xx, HTML or unreadable bodies', () => {
    const gateway = describeSaveFailure(new ApiError({ code: 500, status: 502, requestId: 'r-2' }));
    expect(gateway).toMatchObject({ uncertain: true, retrySameWrite: true, requestId: 'r-2', offline: false });
    expect(describeSaveFailure(new ApiError({ code: 'bad_response', status: 200 })).uncertain).toBe(true);
    expect(describeSaveFailure(new ApiError({ code: 'timeout' })).uncertain).toBe(true);
    // A refusal the server states in its answer is certain: nothing was stored.
    expect(describeSaveFailure(new ApiError({ code: 409, status: 200 })).uncertain).toBe(false);
    expect(describeSaveFailure(new ApiError({ code: 400, status: 400 })).uncertain).toBe(false);
  });

  it('sorts 450 field errors into fields the form has and others', () => {
    const failure = describeSaveFailure(
      new ApiError({
        code: 450,
        fieldErrors: { name: 'must not be empty', 'blocks.0.sample.to': 'too big', 'segment.0.queries.3.value': 'bad' },
      }),
    );
    expect(failure.offline).toBe(false);
    expect(failure.retrySameWrite).toBe(false);
    expect(failure.detail).toBeUndefined();
    expect(failure.fields).toEqual([
      { path: 'name', message: 'must not be empty', onForm: true },
      { path: 'blocks.0.sample.to', message: 'too big', onForm: true },
      { path: 'segment.0.queries.3.value', message: 'bad', onForm: false },
    ]);
  });

  it('keeps the server text as a detail', () => {
    const failure = describeSaveFailure(new ApiError({ code: 500, serverText: 'database is locked' }));
    expect(failure.detail).toBe('database is locked');
  });

  it('handles errors that are not ApiErrors', () => {
    const boom = new Error('boom');
    expect(describeSaveFailure(boom)).toEqual({
      offline: false,
      uncertain: false,
      retrySameWrite: false,
      error: boom,
      fields: [],
    });
    expect(apiErrorText(describeSaveFailure('odd').error, 'ru')).toBe('odd');
  });

  it('knows the form paths and where each is shown', () => {
    for (const path of ['name', 'kind', 'databaseId', 'blocks.2.limit', 'blocks.0.root']) {
      expect(toFormPath(path)).toBe(path);
    }
    for (const path of ['id', 'blocks', 'blocks.x.limit', 'segment.0.queries', 'names'])
      expect(toFormPath(path)).toBeNull();
    expect(toFormPath('blocks.1.sample.from')).toBe('blocks.1.sample');
    expect(toFormPath('blocks.0.root.combinator')).toBe('blocks.0.root');
    expect(toFormPath('refreshDaily')).toBe('kind');
    expect(toFormPath('blocks.0.databaseId')).toBe('databaseId');
    const failure = describeSaveFailure(
      new ApiError({ code: 450, fieldErrors: { name: 'taken', 'segment.x': 'odd' } }),
    );
    expect(failure.fields.map((field) => field.onForm)).toEqual([true, false]);
  });
});
