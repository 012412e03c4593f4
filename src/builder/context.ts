import { createContext, useContext } from 'react';
import type { DomainLocale } from '@/domain/locale/types';
import type { FieldCatalog } from '@/domain/model';
import type { Translate } from '@/ui/i18n';
import type { BuilderActions } from './actions';
import type { BuilderCapabilities } from './capabilities';
import type { DragAndDrop } from './dnd';
import type { FieldIndex } from './fields';
import type { BuilderMessageKey } from './messages';
import type { Store } from './store';

export interface MenuRequest {
  anchor: HTMLElement;
  nodeId: string;
}

/**
 * What every row needs and what changes only with the catalog, the capabilities or the locale.
 * Nothing in here changes while the user types, so reading it never re-renders a row.
 */
export interface BuilderContextValue {
  t: Translate<BuilderMessageKey>;
  /** The domain's words in the same language: operator labels, group summaries. */
  locale: DomainLocale;
  actions: BuilderActions;
  fields: FieldIndex;
  catalog: FieldCatalog;
  capabilities: BuilderCapabilities;
  /** The one shared row menu; a row opens it by writing its anchor here. */
  menu: Store<MenuRequest | null>;
  /** Ids of collapsed groups; kept here so a group stays collapsed when it is moved or re-mounted. */
  collapsed: Store<ReadonlySet<string>>;
  /** Drag and drop: whether a pointer has come (so dnd-kit loads), and the grips it armed. */
  dnd: DragAndDrop;
}

export const BuilderContext = createContext<BuilderContextValue | null>(null);

/**
 * Where the builder asks which values a field holds (`KnownValue`s, and whether that list is
 * complete), for suggestions as a value is typed and a warning when it matches no profile. The
 * host (the editor) makes the query, cached per database and field; the builder asks only once a
 * value input is focused. Absent where the backend cannot tell: then nothing is suggested.
 */
export interface ValueSuggestionSource {
  query(field: string): {
    queryKey: readonly unknown[];
    queryFn: (context: { signal: AbortSignal }) => Promise<KnownValues>;
    staleTime?: number;
  };
}

export interface KnownValues {
  values: ReadonlyArray<{ value: string; count: number }>;
  complete: boolean;
}

/** Apart from BuilderContext, so a host can provide it without the builder's props changing. */
export const ValueSuggestionsContext = createContext<ValueSuggestionSource | null>(null);

export function useValueSuggestions(): ValueSuggestionSource | null {
  return useContext(ValueSuggestionsContext);
}

export function useBuilder(): BuilderContextValue {
  const value = useContext(BuilderContext);
  if (!value) throw new Error('Builder components must be rendered inside <ConditionBuilder>.');
  return value;
}
