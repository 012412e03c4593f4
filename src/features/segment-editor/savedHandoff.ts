/**
 * After a save the editor opens the detail page and hands it the news through router state, the
 * way '@/ui/deleteHandoff' hands a deletion to the list; the detail page shows the snackbar.
 */
export interface SavedHandoff {
  savedSegment: { id: number | string; name: string };
}

export function savedHandoff(id: number | string, name: string): SavedHandoff {
  return { savedSegment: { id, name } };
}
