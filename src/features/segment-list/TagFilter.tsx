import TextField from '@mui/material/TextField';
import { useCallback, useEffect, useRef, useState } from 'react';
import { distinctTags } from './listParams';

export interface TagFilterProps {
  /** The tags the list is filtered by (the URL's). */
  value: string[];
  /** Tags seen in the loaded rows; any other tag can still be typed. */
  options: string[];
  onChange(tags: string[]): void;
  label: string;
  placeholder: string;
}

const fetchField = () => import('./TagFilterField');
type Field = Awaited<ReturnType<typeof fetchField>>['default'];
/** How the combobox's chunk arrives: `import()`, or in tests a network that is slow or offline. */
export type LoadTagFilterField = () => Promise<{ default: Field }>;

/**
 * The list's tag filter. Its combobox (MUI's Autocomplete with Popper, 16 KiB gzip, more than the
 * rest of the toolbar) is fetched when the reader reaches for the field: a pointer over it, focus,
 * typing. Until then a plain field of the same size and name stands in, so the list's first load
 * does not carry it. What is typed in the stand-in carries over, with the focus, and Enter there
 * already adds the tag. A filter already set (from the URL) fetches it at once, to show its tags.
 */
export function TagFilter({ loadField = fetchField, ...props }: TagFilterProps & { loadField?: LoadTagFilterField }) {
  const { value, onChange, label, placeholder } = props;
  // The loaded component itself, not React.lazy: nothing suspends, so the stand-in stays (focused,
  // typed into) until the field replaces it in one commit.
  const [field, setField] = useState<{ Field: Field; focus: boolean } | null>(null);
  const [typed, setTyped] = useState('');
  const standIn = useRef<HTMLInputElement>(null);

  const reachFor = useCallback(() => {
    loadField().then(
      ({ default: Field }) => {
        // Whether the stand-in has the focus is read as it is replaced, not from an earlier render.
        const focus = standIn.current !== null && standIn.current === document.activeElement;
        setField((loaded) => loaded ?? { Field, focus });
      },
      // Offline, say: the stand-in stays and still filters by what is typed and Enter.
      () => undefined,
    );
  }, [loadField]);
  const hasTags = value.length > 0;
  useEffect(() => {
    if (hasTags) reachFor();
  }, [hasTags, reachFor]);

  if (field) return <field.Field {...props} initialInput={typed} autoFocus={field.focus} />;
  return (
    <TextField
      size="small"
      label={label}
      placeholder={hasTags ? undefined : placeholder}
      value={typed}
      inputRef={standIn}
      onPointerEnter={reachFor}
      onFocus={reachFor}
      onChange={(event) => {
        setTyped(event.target.value);
        reachFor();
      }}
      onKeyDown={(event) => {
        if (event.key !== 'Enter' || !typed.trim()) return;
        event.preventDefault();
        onChange(distinctTags([...value, typed]));
        setTyped('');
      }}
      sx={{ width: 300, maxWidth: '100%' }}
      slotProps={{
        // The combobox it stands for, not yet expanded: the same role and name as once it has loaded.
        htmlInput: { role: 'combobox', 'aria-expanded': false, 'aria-autocomplete': 'list' },
      }}
    />
  );
}
