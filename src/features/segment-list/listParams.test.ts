import {
  DEFAULT_LIST_PARAMS,
  hasActiveFilters,
  listFilters,
  nextSort,
  PAGE_SIZE,
  parseListParams,
  sortColumnOf,
  supportedView,
  writeListParams,
} from './listParams';

describe('list URL params', () => {
  it('reads search, type, tags and sort, dropping what it does not know', () => {
    const params = new URLSearchParams('q=%20vip%20&type=static&tag=geo&tag=geo&tag=&tag=promo&sort=size-desc');
    expect(parseListParams(params)).toEqual({
      search: 'vip',
      kind: 'static',
      tags: ['geo', 'promo'],
      sort: 'size-desc',
    });
    expect(parseListParams(new URLSearchParams('type=weird&sort=random'))).toEqual(DEFAULT_LIST_PARAMS);
  });

  it('writes only what differs from the defaults and keeps unrelated keys', () => {
    const written = writeListParams(new URLSearchParams('debug=1&q=old'), {
      search: ' women ',
      kind: 'dynamic',
      tags: ['geo', 'vip'],
      sort: 'default',
    });
    expect(written.toString()).toBe('debug=1&q=women&type=dynamic&tag=geo&tag=vip');
    expect(writeListParams(new URLSearchParams('q=x&sort=name-asc'), DEFAULT_LIST_PARAMS).toString()).toBe('');
  });

  it('round-trips any view it wrote', () => {
    const view = { search: 'a b', kind: 'updatable' as const, tags: ['x y', 'z'], sort: 'updated-desc' as const };
    expect(parseListParams(writeListParams(new URLSearchParams(), view))).toEqual(view);
  });

  it('knows when a filter narrows the list', () => {
    expect(hasActiveFilters(DEFAULT_LIST_PARAMS)).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_LIST_PARAMS, sort: 'name-asc' })).toBe(false);
    expect(hasActiveFilters({ ...DEFAULT_LIST_PARAMS, tags: ['geo'] })).toBe(true);
  });

  it('asks the backend for the search and the tags only; a default view for a page of rows alone', () => {
    expect(listFilters(DEFAULT_LIST_PARAMS)).toEqual({ limit: PAGE_SIZE });
    const view = parseListParams(new URLSearchParams('q=vip&type=static&tag=geo&sort=size-desc'));
    expect(listFilters(view)).toEqual({ limit: PAGE_SIZE, search: 'vip', tags: ['geo'] });
  });
});

describe('header sorting', () => {
  it('starts each column in its natural direction, flips it, then returns to the backend order', () => {
    expect(nextSort('default', 'name')).toBe('name-asc');
    expect(nextSort('name-asc', 'name')).toBe('name-desc');
    expect(nextSort('name-desc', 'name')).toBe('default');
    expect(nextSort('name-desc', 'size')).toBe('size-desc');
    expect(nextSort('size-desc', 'size')).toBe('size-asc');
    expect(nextSort('size-asc', 'size')).toBe('default');
    expect(nextSort('size-asc', 'updated')).toBe('updated-desc');
  });

  it('starts end dates soonest first and creation dates newest first', () => {
    expect(nextSort('default', 'endDate')).toBe('endDate-asc');
    expect(nextSort('endDate-asc', 'endDate')).toBe('endDate-desc');
    expect(nextSort('default', 'created')).toBe('created-desc');
    expect(parseListParams(new URLSearchParams('sort=endDate-asc')).sort).toBe('endDate-asc');
  });

  it('names the sorted column and direction', () => {
    expect(sortColumnOf('default')).toBeNull();
    expect(sortColumnOf('updated-asc')).toEqual({ column: 'updated', direction: 'asc' });
  });
});

describe('the view a backend can apply', () => {
  const view = { search: 'vip', kind: 'static' as const, tags: [], sort: 'size-desc' as const };

  it('keeps what the backend supports, as the same object', () => {
    expect(supportedView(view, ['static', 'dynamic', 'updatable'], ['name', 'size'])).toBe(view);
  });

  it('drops a type filter with one kind and a sort on a column it does not show', () => {
    expect(supportedView(view, ['dynamic'], ['name', 'created', 'updated'])).toEqual({
      search: 'vip',
      kind: null,
      tags: [],
      sort: 'default',
    });
  });
});
