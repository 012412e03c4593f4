import { memo, useMemo, type ReactNode } from 'react';
import type { Condition, FieldCatalog, Group, OpaqueCondition, OperatorId, TreeNode } from '@/domain/model';
import { phraseParts, valueFormatter } from '@/domain/describe';
import type { DomainLocale, PhraseParts } from '@/domain/locale/types';
import { inferFieldType, scalarsOf } from '@/domain/operators';
import type { Problem } from '@/domain/problems';
import { useDomainLocale, type Translate } from '@/ui/i18n';
import css from './builder.module.css';
import { indexFields, type FieldIndex } from './fields';
import { FailIcon, ICON_MASK_VARIABLES, LockIcon, PassIcon, UnknownIcon } from './icons';
import type { BuilderMessageKey } from './messages';
import { ProblemList } from './ProblemList';
import { indexProblems, NO_PROBLEMS, type ProblemIndex } from './problems';
import { typeBadge } from './TypeBadge';
import { useBuilderText } from './useBuilderText';

export type Outcome = 'pass' | 'fail' | 'unknown';

export interface ReadOnlyTreeProps {
  root: Group;
  catalog: FieldCatalog;
  /** Per node: did a profile match it? Shown as a badge with a word and an icon. */
  explain?: Record<string, Outcome>;
  /** The tree's accessible name; pages that show several trees give each its own. */
  label?: string;
}

/** The tree with the editor's look and no inputs, e.g. for a segment's detail page. */
export function ReadOnlyTree({ root, catalog, explain, label }: ReadOnlyTreeProps) {
  return <ReadOnlyGroup root={root} catalog={catalog} explain={explain} label={label} countsPending={false} />;
}

interface ReadOnlyGroupProps extends ReadOnlyTreeProps {
  problems?: Problem[] | undefined;
  groupCounts?: Record<string, number | undefined> | undefined;
  countsPending: boolean;
}

interface ReadContext {
  t: Translate<BuilderMessageKey>;
  locale: DomainLocale;
  catalog: FieldCatalog;
  fields: FieldIndex;
  explain: Record<string, Outcome> | undefined;
  problems: ProblemIndex;
  groupCounts: Record<string, number | undefined> | undefined;
  countsPending: boolean;
}

/** Also used by <ConditionBuilder readOnly>, which may pass problems and counts. */
export function ReadOnlyGroup({
  root,
  catalog,
  explain,
  label,
  problems,
  groupCounts,
  countsPending,
}: ReadOnlyGroupProps) {
  const t = useBuilderText();
  const locale = useDomainLocale();
  const fields = useMemo(() => indexFields(catalog), [catalog]);
  const problemIndex = useMemo(() => indexProblems(problems), [problems]);
  const context: ReadContext = {
    t,
    locale,
    catalog,
    fields,
    explain,
    problems: problemIndex,
    groupCounts,
    countsPending,
  };
  return (
    <section className={css.builder} style={ICON_MASK_VARIABLES} aria-label={label ?? t('tree.label')}>
      <ReadGroup group={root} level={1} context={context} />
    </section>
  );
}

const OUTCOME_ICONS = { pass: PassIcon, fail: FailIcon, unknown: UnknownIcon } as const;

function ExplainBadge({ outcome, t }: { outcome: Outcome | undefined; t: Translate<BuilderMessageKey> }) {
  if (!outcome) return null;
  const Icon = OUTCOME_ICONS[outcome];
  return (
    <span className={css.explain} data-outcome={outcome}>
      <Icon />
      {t(`explain.${outcome}`)}
    </span>
  );
}

function ReadGroup({ group, level, context }: { group: Group; level: number; context: ReadContext }) {
  const { t, groupCounts, countsPending, explain } = context;
  const count = groupCounts?.[group.id];
  const problems = context.problems.get(group.id) ?? NO_PROBLEMS;
  const children = (
    <>
      <div className={css.groupHeader}>
        {group.not && (
          <span className={css.notToggle} data-pressed="true">
            {t('group.not')}
          </span>
        )}
        <span className={css.sentence}>
          <span className={css.sentenceText}>
            {t('group.match')} <strong>{t(group.combinator === 'and' ? 'group.all' : 'group.any')}</strong>{' '}
            {t('group.ofTheFollowing')}
          </span>
        </span>
        {count !== undefined && (
          <span className={css.count} aria-busy={countsPending}>
            <span className={css.countValue}>{t('group.count', { count })}</span>
          </span>
        )}
        <span className={css.headerSpacer} />
        <ExplainBadge outcome={explain?.[group.id]} t={t} />
      </div>
      {problems.length > 0 && (
        <ProblemList id={`problems-${group.id}`} problems={problems} className={css.groupProblems} />
      )}
      <ul className={css.list}>
        {group.children.map((child) => (
          <ReadNode key={child.id} node={child} level={level} context={context} />
        ))}
      </ul>
      {group.children.length === 0 && <p className={css.empty}>{t('group.empty')}</p>}
    </>
  );
  const shared = {
    className: css.group,
    'data-node-id': group.id,
    'data-band': (level - 1) % 2,
    'data-not': group.not ? 'true' : undefined,
  };
  return level === 1 ? <div {...shared}>{children}</div> : <li {...shared}>{children}</li>;
}

const ReadNode = memo(function ReadNode({
  node,
  level,
  context,
}: {
  node: TreeNode;
  level: number;
  context: ReadContext;
}) {
  switch (node.type) {
    case 'group':
      return <ReadGroup group={node} level={level + 1} context={context} />;
    case 'condition':
      return <ReadCondition node={node} context={context} />;
    case 'opaque':
      return <ReadOpaque node={node} context={context} />;
  }
});

/** How many list values a read-only row spells out. */
const SHOWN_VALUES = 8;

/**
 * The operator and value cells of a read-only row, worded and formatted as the summary words them
 * (one date format, option labels, locale numbers). A counted operator holds its number in its
 * words, so it fills one cell: "is in the last 30 days", never "in the last N days 30 days".
 */
function operatorAndValue(condition: Condition, context: ReadContext): [string, ReactNode] {
  const { locale, t } = context;
  const options = { catalog: context.catalog, locale };
  const counted: Partial<Record<OperatorId, (parts: PhraseParts) => string>> = locale.counted;
  const filled = counted[condition.operator];
  if (filled) return [filled(phraseParts(condition, options)), null];
  const text = valueFormatter(condition, options);
  const label = locale.operators[condition.operator];
  const { value } = condition;
  switch (value.kind) {
    case 'none':
      return [label, null];
    case 'one':
      return [label, text(value.value)];
    case 'two':
      return [label, `${text(value.from)} ${t('condition.and')} ${text(value.to)}`];
    case 'list': {
      const shown = scalarsOf(value).slice(0, SHOWN_VALUES).map(text).join(', ');
      const rest = value.values.length - SHOWN_VALUES;
      return [label, rest > 0 ? t('readOnly.list', { shown, count: rest }) : shown];
    }
  }
}

function ReadCondition({ node, context }: { node: Condition; context: ReadContext }) {
  const { t, fields, explain } = context;
  const field = fields.byName.get(node.field);
  const problems = context.problems.get(node.id) ?? NO_PROBLEMS;
  const [operator, value] = operatorAndValue(node, context);
  return (
    <li className={css.readRow} data-node-id={node.id}>
      <span className={css.readField}>
        {typeBadge(field?.type ?? inferFieldType(node))}
        {field?.label ?? node.field}
      </span>
      <span className={css.readOperator}>{operator}</span>
      <span className={css.readValue}>{value}</span>
      <ExplainBadge outcome={explain?.[node.id]} t={t} />
      {problems.length > 0 && <ProblemList id={`problems-${node.id}`} problems={problems} />}
    </li>
  );
}

function ReadOpaque({ node, context }: { node: OpaqueCondition; context: ReadContext }) {
  const { t, explain } = context;
  return (
    <li className={css.readRow} data-node-id={node.id} data-opaque="true">
      <span className={css.readField}>{node.label}</span>
      <span className={css.opaqueMarker}>
        <LockIcon />
        {t('opaque.marker')}
      </span>
      <span />
      <ExplainBadge outcome={explain?.[node.id]} t={t} />
    </li>
  );
}
