import { memo, useCallback, useId, useRef, useSyncExternalStore, type ReactNode } from 'react';
import { describeGroup } from '@/domain/describe';
import type { Group, TreeNode } from '@/domain/model';
import { countConditions } from '@/domain/tree';
import css from './builder.module.css';
import { canNestIn } from './capabilities';
import { ConditionRow, moreButton, OpaqueRow } from './ConditionRow';
import { useBuilder } from './context';
import { DragHandle } from './dnd';
import { iconClass, type MaskedIcon } from './icons';
import { hasRoom } from './moves';
import { ProblemList, severityOf } from './ProblemList';
import { NO_PROBLEMS, sameProblems, type ProblemIndex, type ProblemList as Problems } from './problems';

export interface GroupViewProps {
  group: Group;
  /** 1 for the root, like the domain's `maxDepth`. */
  level: number;
  problems: Problems;
  problemIndex: ProblemIndex;
  groupCounts: Record<string, number | undefined> | undefined;
  countsPending: boolean;
}

/** One group: a sentence-like header, its children, and buttons to add more. */
export const GroupView = memo(function GroupView(props: GroupViewProps) {
  const { group, level, problems, groupCounts, countsPending } = props;
  const builder = useBuilder();
  const { t, locale, actions, capabilities, catalog, collapsed: collapsedStore } = builder;
  const collapsed = useSyncExternalStore(collapsedStore.subscribe, () => collapsedStore.get().has(group.id));
  const elementRef = useRef<HTMLElement | null>(null);
  const setElement = useCallback((element: HTMLElement | null) => {
    elementRef.current = element;
  }, []);
  const listId = useId();
  const reasonId = useId();
  const { id } = group;
  const isRoot = level === 1;
  const problemsId = problems.length > 0 ? `problems-${id}` : undefined;

  const room = hasRoom(group, capabilities);
  const nestable = canNestIn(level, capabilities);
  const limit = capabilities.maxConditionsPerGroup ?? 0;
  const fullReason = room ? undefined : t('group.full', { count: limit, limit });
  const depthReason = nestable
    ? undefined
    : t('group.tooDeep', { count: capabilities.maxDepth, limit: capabilities.maxDepth });
  // The limit counts conditions, so a full group may still take a group where nesting allows.
  const addGroupReason = depthReason;
  // A backend that fixes the top level's combinator (Push0 ANDs its groups) offers only that one.
  const fixedCombinator = isRoot ? capabilities.fixedRootCombinator : null;
  const combinatorReason = fixedCombinator ? t('group.rootFixed') : undefined;
  const count = groupCounts?.[id];

  const body = (
    <>
      <div className={css.groupHeader}>
        {!isRoot && <DragHandle nodeId={id} elementRef={elementRef} label={t('action.drag')} />}
        {(capabilities.not || group.not) && (
          <button
            type="button"
            className={css.notToggle}
            aria-pressed={Boolean(group.not)}
            data-tip={t('group.notTip')}
            data-focus-key="not"
            onClick={() => actions.toggleNot(id)}
          >
            {t('group.not')}
          </button>
        )}
        <span className={css.sentence}>
          <span className={css.sentenceText}>{t('group.match')}</span>
          <fieldset className={css.segmented}>
            <legend className={css.visuallyHidden}>{t('group.combinator')}</legend>
            <button
              type="button"
              className={css.segment}
              aria-pressed={group.combinator === 'and'}
              aria-label={t('group.matchAll')}
              data-focus-key="combinator-and"
              aria-disabled={fixedCombinator && fixedCombinator !== 'and' ? true : undefined}
              aria-describedby={fixedCombinator && fixedCombinator !== 'and' ? `${reasonId}-r` : undefined}
              onClick={
                fixedCombinator && fixedCombinator !== 'and' ? undefined : () => actions.setCombinator(id, 'and')
              }
            >
              {t('group.all')}
            </button>
            <button
              type="button"
              className={css.segment}
              aria-pressed={group.combinator === 'or'}
              aria-label={t('group.matchAny')}
              data-focus-key="combinator-or"
              aria-disabled={fixedCombinator && fixedCombinator !== 'or' ? true : undefined}
              aria-describedby={fixedCombinator && fixedCombinator !== 'or' ? `${reasonId}-r` : undefined}
              onClick={fixedCombinator && fixedCombinator !== 'or' ? undefined : () => actions.setCombinator(id, 'or')}
            >
              {t('group.any')}
            </button>
          </fieldset>
          <span className={css.sentenceText}>{t('group.ofTheFollowing')}</span>
          {combinatorReason && (
            <span id={`${reasonId}-r`} className={css.reason}>
              {combinatorReason}
            </span>
          )}
        </span>
        {count !== undefined && (
          <span className={css.count} aria-busy={countsPending}>
            <span className={css.countValue}>{t('group.count', { count })}</span>
            {countsPending && <span className={css.countPending}>{t('group.countPending')}</span>}
          </span>
        )}
        <span className={css.headerSpacer} />
        <span className={css.groupActions}>
          <IconButton
            label={collapsed ? t('group.expand') : t('group.collapse')}
            focusKey="collapse"
            expanded={!collapsed}
            controls={collapsed ? undefined : listId}
            icon={collapsed ? 'chevronRight' : 'expand'}
            onClick={() => {
              const next = new Set(collapsedStore.get());
              if (collapsed) next.delete(id);
              else next.add(id);
              collapsedStore.set(next);
            }}
          />
          {!isRoot && (
            <>
              <IconButton label={t('group.clone')} focusKey="clone" icon="copy" onClick={() => actions.clone(id)} />
              <IconButton
                label={t('group.remove')}
                focusKey="remove"
                icon="delete"
                danger
                onClick={() => actions.remove(id)}
              />
              {moreButton(builder, id)}
            </>
          )}
        </span>
      </div>
      {problemsId && <ProblemList id={problemsId} problems={problems} className={css.groupProblems} />}
      {collapsed ? (
        <p className={css.summary}>
          <span className={css.summaryCount}>{t('group.conditions', { count: countConditions(group) })}</span>
          {describeGroup(group, { catalog, locale })}
        </p>
      ) : (
        <>
          <ul className={css.list} id={listId} aria-describedby={problemsId}>
            <Children nodes={group.children} {...props} />
          </ul>
          {group.children.length === 0 && <p className={css.empty}>{t('group.empty')}</p>}
          <div className={css.groupFooter}>
            <TextButton
              label={t('group.addCondition')}
              focusKey="add-condition"
              reason={fullReason}
              reasonId={`${reasonId}-c`}
              onClick={() => actions.addCondition(id)}
            />
            <TextButton
              label={t('group.addGroup')}
              focusKey="add-group"
              reason={addGroupReason}
              reasonId={addGroupReason === fullReason ? `${reasonId}-c` : `${reasonId}-g`}
              onClick={() => actions.addGroup(id)}
            />
            {/* Why an action stops, in words beside it: a marketer should never wonder. */}
            {fullReason && (
              <span id={`${reasonId}-c`} className={css.reason}>
                {fullReason}
              </span>
            )}
            {addGroupReason && addGroupReason !== fullReason && (
              <span id={`${reasonId}-g`} className={css.reason}>
                {addGroupReason}
              </span>
            )}
          </div>
        </>
      )}
    </>
  );

  const shared = {
    className: css.group,
    'data-node-id': id,
    'data-band': (level - 1) % 2,
    'data-not': group.not ? 'true' : undefined,
    'data-severity': severityOf(problems),
  };
  return isRoot ? (
    <div ref={setElement} {...shared}>
      {body}
    </div>
  ) : (
    <li ref={setElement} {...shared}>
      {body}
    </li>
  );
});

interface IconButtonProps {
  label: string;
  focusKey: string;
  icon: MaskedIcon;
  danger?: boolean;
  expanded?: boolean;
  controls?: string | undefined;
  onClick: () => void;
}

function IconButton({ label, focusKey, icon, danger, expanded, controls, onClick }: IconButtonProps) {
  return (
    <button
      type="button"
      className={iconClass(icon, css.iconButton)}
      aria-label={label}
      aria-expanded={expanded}
      aria-controls={controls}
      data-tone={danger ? 'danger' : undefined}
      data-focus-key={focusKey}
      onClick={onClick}
    />
  );
}

interface TextButtonProps {
  label: string;
  focusKey: string;
  /** Why the action is unavailable; the button stays focusable so the reason can be read. */
  reason: string | undefined;
  /** The element that shows the reason (rendered by the group's footer). */
  reasonId: string;
  onClick: () => void;
}

function TextButton({ label, focusKey, reason, reasonId, onClick }: TextButtonProps) {
  return (
    <>
      <button
        type="button"
        className={iconClass('add', css.textButton)}
        aria-disabled={reason ? true : undefined}
        aria-describedby={reason ? reasonId : undefined}
        data-tip={reason}
        data-focus-key={focusKey}
        onClick={reason ? undefined : onClick}
      >
        {label}
      </button>
    </>
  );
}

/** Children of one group; everything but the group itself is passed through. */
interface ChildrenProps extends Omit<GroupViewProps, 'group' | 'problems'> {
  nodes: readonly TreeNode[];
}

function renderChild(child: TreeNode, props: ChildrenProps): ReactNode {
  const problems = props.problemIndex.get(child.id) ?? NO_PROBLEMS;
  switch (child.type) {
    case 'group':
      return (
        <GroupView
          key={child.id}
          group={child}
          level={props.level + 1}
          problems={problems}
          problemIndex={props.problemIndex}
          groupCounts={props.groupCounts}
          countsPending={props.countsPending}
        />
      );
    case 'condition':
      return <ConditionRow key={child.id} node={child} problems={problems} />;
    case 'opaque':
      return <OpaqueRow key={child.id} node={child} problems={problems} />;
  }
}

/** Rows per chunk in a long group. */
const CHUNK_SIZE = 32;

/**
 * A long group's rows go in memoised chunks: an edit then re-checks about √n components instead
 * of every row (each skipped row still costs React a context check). Short groups render directly.
 */
function Children(props: ChildrenProps) {
  const { nodes } = props;
  if (nodes.length <= CHUNK_SIZE * 2) return nodes.map((child) => renderChild(child, props));
  const chunks: ReactNode[] = [];
  for (let start = 0; start < nodes.length; start += CHUNK_SIZE) {
    chunks.push(<Chunk key={start} {...props} nodes={nodes.slice(start, start + CHUNK_SIZE)} />);
  }
  return chunks;
}

const sameChunk = (a: ChildrenProps, b: ChildrenProps): boolean => {
  if (a.level !== b.level || a.groupCounts !== b.groupCounts || a.countsPending !== b.countsPending) return false;
  if (a.nodes.length !== b.nodes.length || a.nodes.some((node, i) => node !== b.nodes[i])) return false;
  if (a.problemIndex === b.problemIndex) return true;
  // New problems: a nested group must pass them on; a row re-renders only if its own changed.
  return a.nodes.every(
    (node) =>
      node.type !== 'group' &&
      sameProblems(a.problemIndex.get(node.id) ?? NO_PROBLEMS, b.problemIndex.get(node.id) ?? NO_PROBLEMS),
  );
};

const Chunk = memo(function Chunk(props: ChildrenProps) {
  return props.nodes.map((child) => renderChild(child, props));
}, sameChunk);
