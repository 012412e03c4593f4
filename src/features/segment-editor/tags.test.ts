import { addTags } from './tags';

describe('addTags', () => {
  it('trims, drops blanks and duplicates ignoring case, and keeps the order', () => {
    expect(addTags(['VIP'], [' geo ', '', 'vip', 'Geo', 'loyalty'])).toEqual(['VIP', 'geo', 'loyalty']);
  });

  it('does not change the list it was given', () => {
    const current = ['a'];
    addTags(current, ['b']);
    expect(current).toEqual(['a']);
  });
});
