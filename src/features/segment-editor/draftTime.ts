/** "14:32" for a draft from today, "3 May 2024, 14:32" for an older one. */
export function formatDraftTime(savedAt: number, now: number, locale: string): string {
  const saved = new Date(savedAt);
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(saved);
  if (saved.toDateString() === new Date(now).toDateString()) return time;
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'short', year: 'numeric' }).format(saved);
  return `${date}, ${time}`;
}
