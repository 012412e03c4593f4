import { ApiError } from '@/api/errors';
import { classify, isSuccess, parseProfileIds } from './memberBatch';

describe('parseProfileIds', () => {
  it('splits pasted text on any separator and keeps each id once', () => {
    expect(parseProfileIds(' p-1\np-2, p-3;p-2\t\tp-4\r\n\n p-1 ')).toEqual({
      ids: ['p-1', 'p-2', 'p-3', 'p-4'],
      duplicates: ['p-2', 'p-1'],
      removed: 2,
    });
    expect(parseProfileIds(' \n, ')).toEqual({ ids: [], duplicates: [], removed: 0 });
    // "1 duplicate removed" counts each dropped repeat, not each repeated id.
    expect(parseProfileIds('a a a b').removed).toBe(2);
  });
});

describe('classify', () => {
  it('turns each answer into the outcome a person reads', () => {
    expect(classify({ profileId: 'a', ok: true }, 'add')).toEqual({ profileId: 'a', outcome: 'added' });
    expect(classify({ profileId: 'a', ok: true }, 'remove').outcome).toBe('removed');
    const conflict = new ApiError({ code: 409, status: 200 });
    expect(classify({ profileId: 'a', ok: false, error: conflict }, 'add').outcome).toBe('already');
    expect(classify({ profileId: 'a', ok: false, error: conflict }, 'remove').outcome).toBe('notMember');
    const missing = new ApiError({ code: 404, status: 200 });
    expect(classify({ profileId: 'b', ok: false, error: missing }, 'add').outcome).toBe('notFound');
    const closed = new Error('socket closed');
    const broken = classify({ profileId: 'c', ok: false, error: closed }, 'remove');
    expect(broken).toEqual({ profileId: 'c', outcome: 'failed', error: closed });
    expect(isSuccess(broken)).toBe(false);
  });
});
