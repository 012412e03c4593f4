/**
 * A page that deletes the segment it shows hands the deletion to the list through router state,
 * so the list hides the row, offers Undo and sends the delete when the Undo window closes.
 */
export interface DeleteHandoff {
  deleteSegment: { id: number | string; name: string };
}

export function deleteHandoff(id: number | string, name: string): DeleteHandoff {
  return { deleteSegment: { id, name } };
}

export function readDeleteHandoff(state: unknown): DeleteHandoff['deleteSegment'] | null {
  if (typeof state !== 'object' || state === null || !('deleteSegment' in state)) return null;
  const target: unknown = state.deleteSegment;
  if (typeof target !== 'object' || target === null || !('id' in target) || !('name' in target)) return null;
  const { id, name } = target;
  return (typeof id === 'string' || typeof id === 'number') && typeof name === 'string' ? { id, name } : null;
}
