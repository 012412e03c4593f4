import { useEffect, useLayoutEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { DomainLocale } from '@/domain/locale/types';
import type { FieldCatalog, Group } from '@/domain/model';
import type { Problem } from '@/domain/problems';
import { useDomainLocale, type Translate } from '@/ui/i18n';
import { createBuilderActions, type FocusRequest } from './actions';
import css from './builder.module.css';
import type { BuilderCapabilities } from './capabilities';
import type { BuilderMessageKey } from './messages';
import { BuilderContext, type BuilderContextValue, type MenuRequest } from './context';
import { BuilderDnd, createDragAndDrop, cssEscape } from './dnd';
import { indexFields, type FieldIndex } from './fields';
import { ICON_MASK_VARIABLES } from './icons';
import { GroupView } from './GroupView';
import { announceTo, LiveRegion } from './LiveRegion';
import type { MoveDirection } from './moves';
import { NodeMenu } from './NodeMenu';
import { indexProblems, NO_PROBLEMS, type ProblemIndex } from './problems';
import { ReadOnlyGroup } from './ReadOnlyTree';
import { createStore, useStore, type Store } from './store';
import { BuilderTips } from './BuilderTips';
import { useBuilderText } from './useBuilderText';
import { useStableValue } from './useStableValue';

export interface ConditionBuilderProps {
  root: Group;
  onChange: (next: Group) => void;
  catalog: FieldCatalog;
  capabilities: BuilderCapabilities;
  problems?: Problem[];
  /** Estimated profiles per group id; shown as "≈ 12,345 profiles" in the group's header. */
  groupCounts?: Record<string, number | undefined>;
  /** New counts are on their way: the old ones stay, dimmed. */
  countsPending?: boolean;
  readOnly?: boolean;
  /** Enter in a row's last value calls this instead of adding the next condition. */
  onLastValueEnter?: () => void;
}

interface Latest {
  root: Group;
  onChange: (next: Group) => void;
  catalog: FieldCatalog;
  capabilities: BuilderCapabilities;
  t: Translate<BuilderMessageKey>;
  locale: DomainLocale;
  onLastValueEnter: (() => void) | undefined;
  fields: FieldIndex;
}

/** The latest props, for handlers that run after render (a ref the dispatcher can own). */
class LatestProps {
  constructor(public props: Latest) {}
  update(next: Latest): void {
    this.props = next;
  }
}

/** The one pending focus move; kept until its target exists in the DOM. */
class FocusQueue {
  private request: FocusRequest | null = null;
  set(request: FocusRequest): void {
    this.request = request;
  }
  peek(): FocusRequest | null {
    return this.request;
  }
  clear(): void {
    this.request = null;
  }
}

const ARROW_MOVES: Partial<Record<string, MoveDirection>> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowRight: 'into',
  ArrowLeft: 'out',
};

/** The visual condition tree editor. Controlled: every edit is handed to `onChange` as a new root. */
export function ConditionBuilder(props: ConditionBuilderProps) {
  if (props.readOnly) {
    return (
      <ReadOnlyGroup
        root={props.root}
        catalog={props.catalog}
        problems={props.problems}
        groupCounts={props.groupCounts}
        countsPending={props.countsPending ?? false}
      />
    );
  }
  return <EditableBuilder {...props} />;
}

function EditableBuilder(props: ConditionBuilderProps) {
  const { root, onChange, problems, groupCounts, countsPending = false, onLastValueEnter } = props;
  // Owners often rebuild these objects on every render; equal content must not re-render 1,000 rows.
  const catalog = useStableValue(props.catalog);
  const capabilities = useStableValue(props.capabilities);
  const t = useBuilderText();
  const locale = useDomainLocale();
  const containerRef = useRef<HTMLElement>(null);

  const fields = useMemo(() => indexFields(catalog), [catalog]);
  // The dispatcher reads the latest props through this box, so it is created once and never changes.
  const [latest] = useState(
    () => new LatestProps({ root, onChange, catalog, capabilities, t, locale, onLastValueEnter, fields }),
  );
  useLayoutEffect(() => {
    latest.update({ root, onChange, catalog, capabilities, t, locale, onLastValueEnter, fields });
  });
  // Where focus goes after the next commit (set by the dispatcher, applied in a layout effect).
  const [pendingFocus] = useState(() => new FocusQueue());

  const [stores] = useState(() => ({
    announcer: createStore(''),
    menu: createStore<MenuRequest | null>(null),
    collapsed: createStore<ReadonlySet<string>>(new Set()),
    dnd: createDragAndDrop(),
  }));
  const [actions] = useState(() =>
    createBuilderActions({
      getRoot: () => latest.props.root,
      commit: (next) => {
        // Later edits in the same event build on this one, before the owner re-renders.
        latest.props.root = next;
        latest.props.onChange(next);
      },
      getFields: () => latest.props.fields,
      getCatalog: () => latest.props.catalog,
      getCapabilities: () => latest.props.capabilities,
      t: () => latest.props.t,
      getLocale: () => latest.props.locale,
      announce: (message) => announceTo(stores.announcer, message),
      requestFocus: (request) => {
        pendingFocus.set(request);
      },
      getOnLastValueEnter: () => latest.props.onLastValueEnter,
    }),
  );

  const context = useMemo<BuilderContextValue>(
    () => ({
      t,
      locale,
      actions,
      fields,
      catalog,
      capabilities,
      menu: stores.menu,
      collapsed: stores.collapsed,
      dnd: stores.dnd,
    }),
    [t, locale, actions, fields, catalog, capabilities, stores],
  );

  const problemIndex = useMemo(() => indexProblems(problems), [problems]);

  // The tree reads its data from a store, so what sits beside it (the context's consumers, the row
  // menu, the drag-and-drop host with every armed grip) never re-renders while the user types.
  const treeState = useMemo<TreeState>(
    () => ({ root, problemIndex, groupCounts, countsPending }),
    [root, problemIndex, groupCounts, countsPending],
  );
  const [treeStore] = useState(() => createStore(treeState));
  useLayoutEffect(() => treeStore.set(treeState), [treeStore, treeState]);
  const tree = useMemo(
    () => <TreeView store={treeStore} focus={pendingFocus} containerRef={containerRef} />,
    [treeStore, pendingFocus],
  );

  // One keyboard listener for every row (delegation): Alt+arrows move, Enter on a last value adds a row.
  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || !(event.target instanceof HTMLElement)) return;
      const target = event.target;
      const direction = ARROW_MOVES[event.key];
      const nodeId = target.closest<HTMLElement>('[data-node-id]')?.dataset.nodeId;
      if (!nodeId) return;
      if (direction && event.altKey && !event.ctrlKey && !event.metaKey) {
        if (nodeId === actions.getRoot().id) return;
        event.preventDefault();
        actions.move(nodeId, direction, target.closest<HTMLElement>('[data-focus-key]')?.dataset.focusKey);
      } else if (event.key === 'Enter' && !event.altKey && !event.ctrlKey && !event.metaKey && !event.shiftKey) {
        if (event.isComposing || target.dataset.lastValue === undefined) return;
        event.preventDefault();
        actions.lastValueEnter(nodeId);
      }
    };
    container.addEventListener('keydown', onKeyDown);
    return () => container.removeEventListener('keydown', onKeyDown);
  }, [actions]);

  return (
    <BuilderContext.Provider value={context}>
      <section
        ref={containerRef}
        className={css.builder}
        style={ICON_MASK_VARIABLES}
        aria-label={t('tree.label')}
        // A pointer on its way to a grip: drag and drop starts loading (dnd.tsx).
        onPointerEnter={() => stores.dnd.wanted.set(true)}
      >
        {tree}
        <BuilderDnd />
        <NodeMenu />
        <BuilderTips containerRef={containerRef} />
        <LiveRegion store={stores.announcer} />
      </section>
    </BuilderContext.Provider>
  );
}

interface TreeState {
  root: Group;
  problemIndex: ProblemIndex;
  groupCounts: Record<string, number | undefined> | undefined;
  countsPending: boolean;
}

interface TreeViewProps {
  store: Store<TreeState>;
  focus: FocusQueue;
  containerRef: RefObject<HTMLElement | null>;
}

function TreeView({ store, focus, containerRef }: TreeViewProps) {
  const { root, problemIndex, groupCounts, countsPending } = useStore(store);

  // Focus follows the edit: a new row's field, a moved row's control, a removed row's neighbour.
  useLayoutEffect(() => {
    const request = focus.peek();
    const container = containerRef.current;
    if (!request || !container) return;
    const scope = container.querySelector(`[data-node-id="${cssEscape(request.nodeId)}"]`);
    const target =
      scope?.querySelector<HTMLElement>(`[data-focus-key="${request.key}"]`) ??
      scope?.querySelector<HTMLElement>('[data-focus-key]');
    if (!target) return;
    focus.clear();
    target.focus();
  });

  return (
    <GroupView
      group={root}
      level={1}
      problems={problemIndex.get(root.id) ?? NO_PROBLEMS}
      problemIndex={problemIndex}
      groupCounts={groupCounts}
      countsPending={countsPending}
    />
  );
}
