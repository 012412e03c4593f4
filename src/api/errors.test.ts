import { ApiError, apiErrorText, codeForNumber, isApiError, isTransient, unsupported } from './errors';
import { apiMessagesEn, apiMessagesRu, CLIENT_CODES, messageFor, VENDOR_CODES, type DetailCode } from './messages';

describe('error messages', () => {
  const codes = [...VENDOR_CODES, ...CLIENT_CODES];

  it.each(codes)('code %s has its own human message', (code) => {
    const message = new ApiError({ code }).message;
    expect(message.length).toBeGreaterThan(10);
    expect(message).toMatch(/\.$/);
  });

  it('no two codes share a message', () => {
    const messages = codes.map((code) => messageFor(code));
    expect(new Set(messages).size).toBe(codes.length);
  });

  it('points 401 and 403 to Settings and transient failures to a retry', () => {
    expect(new ApiError({ code: 401 })).toMatchObject({
      message: 'The API token or sign-in details are missing or wrong. Check them in Settings.',
      action: 'settings',
      name: 'ApiError',
      status: 0,
    });
    expect(new ApiError({ code: 403 }).action).toBe('settings');
    expect(new ApiError({ code: 'network' }).action).toBe('retry');
    expect(new ApiError({ code: 404 }).action).toBeUndefined();
  });

  it('says how long to wait on 429', () => {
    expect(new ApiError({ code: 429, retryAfterSeconds: 5 }).message).toBe('Too many requests. Try again in 5 s.');
    expect(new ApiError({ code: 429, params: { retrying: true, seconds: 3 } }).message).toBe(
      'Too many requests: retrying in 3 s.',
    );
    expect(new ApiError({ code: 429 }).message).toBe('Too many requests. Wait a moment and try again.');
  });

  it('lists issues of an unreadable answer and details of an unsupported save', () => {
    expect(new ApiError({ code: 'bad_response', params: { issues: ['data.name: expected string'] } }).message).toBe(
      'The server sent an answer the app cannot read: data.name: expected string.',
    );
    expect(new ApiError({ code: 'unsupported', params: { detail: 'No NOT.' } }).message).toBe(
      'This backend cannot store this. No NOT.',
    );
  });

  it('words the same error in each language when shown, the message staying English', () => {
    const error = new ApiError({ code: 429, retryAfterSeconds: 5 });
    expect(error.message).toBe('Too many requests. Try again in 5 s.');
    expect(apiErrorText(error, 'ru')).toBe('Слишком много запросов. Повторите через 5 с.');
    expect(apiErrorText(error, 'en-US')).toBe(error.message);
    expect(apiErrorText(error, 'de')).toBe(error.message);
    expect(apiErrorText(new ApiError({ code: 404, message: 'Gone.' }), 'ru')).toBe('Gone.');
    expect(apiErrorText(new Error('plain'), 'ru')).toBe('plain');
    expect(apiErrorText('text', 'ru')).toBe('text');
  });

  it('words detail codes per language, with operator labels of that language', () => {
    const error = unsupported({ code: 'operator_unsaved', params: { operator: 'gt', field: 'age' } });
    expect(error.message).toBe('This backend cannot store this. "is greater than" cannot be saved on the field "age".');
    expect(error.text('ru')).toBe('Этот бэкенд не может это сохранить. «больше» нельзя сохранить для поля «age».');
    expect(unsupported('Vendor words.').text('ru')).toBe('Этот бэкенд не может это сохранить. Vendor words.');
  });

  it('has every code and detail in Russian, each its own', () => {
    const ru = codes.map((code) => messageFor(code, {}, 'ru'));
    expect(new Set(ru).size).toBe(codes.length);
    for (const text of ru) expect(text).toMatch(/[а-яё]/i);
    const details = Object.keys(apiMessagesEn.details) as DetailCode[];
    expect(Object.keys(apiMessagesRu.details).sort()).toEqual([...details].sort());
    const params = { vendor: 'Push0', field: 'f', type: 't', operator: 'is' as const, label: 'l', limit: 2, count: 3 };
    for (const code of details) {
      expect(apiMessagesEn.details[code](params)).toMatch(/\.$/);
      expect(apiMessagesRu.details[code](params)).toMatch(/[а-яё].*\.$/i);
    }
  });

  it('keeps details through with() and rebuilds the message', () => {
    const base = new ApiError({ code: 429, status: 429, serverText: 'slow down' });
    const copy = base.with({ retryAfterSeconds: 9, requestId: 'r' });
    expect(copy).toMatchObject({ status: 429, serverText: 'slow down', requestId: 'r', retryAfterSeconds: 9 });
    expect(copy.message).toBe('Too many requests. Try again in 9 s.');
    expect(isApiError(copy)).toBe(true);
    expect(isApiError(new Error('x'))).toBe(false);
  });
});

describe('codes', () => {
  it.each([
    [450, 450],
    [0, 0],
    [418, 400],
    [503, 500],
    [408, 'timeout'],
    [504, 'timeout'],
  ] as const)('%s → %s', (input, code) => {
    expect(codeForNumber(input)).toBe(code);
  });

  it.each([
    [{ code: 'network' as const }, true],
    [{ code: 429 as const }, true],
    [{ code: 500 as const }, true],
    [{ code: 'timeout' as const, status: 504 }, true],
    [{ code: 501 as const, status: 501 }, false],
    [{ code: 'timeout' as const }, false],
    [{ code: 450 as const, status: 200 }, false],
  ])('%j transient: %s', (init, expected) => {
    expect(isTransient(new ApiError(init))).toBe(expected);
  });
});
