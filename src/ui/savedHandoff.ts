/**
 * After a save the editor opens the detail page and hands it the news through router state, the
 * way './deleteHandoff' hands a deletion to the list; the detail page shows the snackbar.
 */
export interface SavedHandoff {
  savedSegment: { id: number | string; name: string; replayed?: boolean };
}

/** `replayed`: the server had this save already (a retry of an uncertain one) and only said so. */
export function savedHandoff(id: number | string, name: string, replayed = false): SavedHandoff {
  return { savedSegment: { id, name, ...(replayed ? { replayed } : {}) } };
}

/** Whether the handoff's save was answered as a replay of one the server already had. */
export function readSavedReplay(state: unknown): boolean {
  if (typeof state !== 'object' || state === null || !('savedSegment' in state)) return false;
  const saved: unknown = state.savedSegment;
  return typeof saved === 'object' && saved !== null && 'replayed' in saved && saved.replayed === true;
}

/** The saved segment's name, when the state is a handoff for the segment with this id. */
export function readSavedHandoff(state: unknown, id: number | string): string | null {
  if (typeof state !== 'object' || state === null || !('savedSegment' in state)) return null;
  const saved: unknown = state.savedSegment;
  if (typeof saved !== 'object' || saved === null || !('id' in saved) || !('name' in saved)) return null;
  return String(saved.id) === String(id) && typeof saved.name === 'string' ? saved.name : null;
}
