import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { parseListParams, writeListParams, type ListParams } from './listParams';

export const SEARCH_DEBOUNCE_MS = 300;

export interface ListParamsState {
  /** The view the URL holds: what the list shows. */
  view: ListParams;
  /** What the search box shows, ahead of the URL while the user types. */
  searchText: string;
  setSearchText: (text: string) => void;
  /** Filter and sort changes each make a history entry, so Back undoes them. */
  update: (patch: Partial<Omit<ListParams, 'search'>>) => void;
  clearFilters: () => void;
}

/** The list's view state, kept in the URL (useSearchParams) so a view can be shared. */
export function useListParams(): ListParamsState {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseListParams(params), [params]);
  const [searchText, setSearchTextState] = useState(view.search);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  // Back/Forward or a link can change the URL under the box: show what the URL says.
  const lastWritten = useRef(view.search);
  useEffect(() => {
    if (view.search !== lastWritten.current) {
      lastWritten.current = view.search;
      clearTimeout(timer.current);
      setSearchTextState(view.search);
    }
  }, [view.search]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const setSearchText = useCallback(
    (text: string) => {
      setSearchTextState(text);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        lastWritten.current = text.trim();
        // Typing replaces the entry rather than adding one per keystroke pause.
        setParams((current) => writeListParams(current, { ...parseListParams(current), search: text }), {
          replace: true,
        });
      }, SEARCH_DEBOUNCE_MS);
    },
    [setParams],
  );

  const update = useCallback(
    (patch: Partial<Omit<ListParams, 'search'>>) =>
      setParams((current) => writeListParams(current, { ...parseListParams(current), ...patch })),
    [setParams],
  );

  const clearFilters = useCallback(() => {
    clearTimeout(timer.current);
    lastWritten.current = '';
    setSearchTextState('');
    setParams((current) => writeListParams(current, { ...parseListParams(current), search: '', kind: null, tags: [] }));
  }, [setParams]);

  return { view, searchText, setSearchText, update, clearFilters };
}
