import { formatDraftTime } from './draftTime';

describe('formatDraftTime', () => {
  it('shows only the time, on a 24-hour clock, for a draft from today', () => {
    const savedAt = new Date(2024, 4, 3, 14, 32).getTime();
    expect(formatDraftTime(savedAt, new Date(2024, 4, 3, 18, 0).getTime(), 'en')).toBe('14:32');
  });

  it('adds the date for an older draft', () => {
    const savedAt = new Date(2024, 4, 3, 9, 5).getTime();
    expect(formatDraftTime(savedAt, new Date(2024, 4, 5, 10, 0).getTime(), 'en')).toBe('May 3, 2024, 09:05');
  });
});
