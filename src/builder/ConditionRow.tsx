import { memo, useCallback, useRef, type RefObject } from 'react';
import type { Condition, ConditionValue, OpaqueCondition } from '@/domain/model';
import { editorFor, inferFieldType, valueOptionsFor } from '@/domain/operators';
import css from './builder.module.css';
import { useBuilder } from './context';
import { DragHandle, DropGate } from './dnd';
import { VALUE_EDITORS } from './editors';
import { FieldCombobox } from './FieldCombobox';
import { LockIcon } from './icons';
import { OperatorSelect } from './OperatorSelect';
import { ProblemList, severityOf } from './ProblemList';
import { invalidParts, sameProblems, type ProblemList as Problems } from './problems';

interface RowProps<N> {
  node: N;
  problems: Problems;
}

/** A row re-renders when its node changes or its problems read differently. */
const sameRow = <N,>(a: RowProps<N>, b: RowProps<N>) => a.node === b.node && sameProblems(a.problems, b.problems);

/**
 * One condition: field, operator, value and actions on a single line. Memoised on its node and
 * problems; the domain's structural sharing keeps both identical unless this row changed.
 */
export const ConditionRow = memo(function ConditionRow({ node, problems }: RowProps<Condition>) {
  const { fields, actions } = useBuilder();
  const rowRef = useRef<HTMLLIElement>(null);
  const { id } = node;
  const descriptor = fields.byName.get(node.field);
  const type = descriptor?.type ?? inferFieldType(node);
  const Editor = VALUE_EDITORS[editorFor(type, node.operator)];
  const invalid = invalidParts(problems);
  const problemsId = problems.length > 0 ? `problems-${id}` : undefined;
  const onValue = useCallback((value: ConditionValue) => actions.setValue(id, value), [actions, id]);

  return (
    <li ref={rowRef} className={css.row} data-node-id={id} data-severity={severityOf(problems)}>
      <RowHandle nodeId={id} rowRef={rowRef} />
      <FieldCombobox nodeId={id} field={node.field} type={type} invalid={invalid.has('field')} describedBy={problemsId} />
      <OperatorSelect
        nodeId={id}
        type={type}
        operator={node.operator}
        disabled={node.field === ''}
        invalid={invalid.has('operator')}
        describedBy={problemsId}
      />
      <div className={css.valueCell}>
        <Editor
          nodeId={id}
          value={node.value}
          options={descriptor && valueOptionsFor(descriptor, node.operator)}
          invalid={invalid.has('value')}
          describedBy={problemsId}
          onChange={onValue}
        />
      </div>
      <RowActions nodeId={id} />
      {problemsId && <ProblemList id={problemsId} problems={problems} />}
    </li>
  );
}, sameRow);

/** A vendor rule the builder does not model: shown with its label, movable and removable, never edited. */
export const OpaqueRow = memo(function OpaqueRow({ node, problems }: RowProps<OpaqueCondition>) {
  const { t } = useBuilder();
  const rowRef = useRef<HTMLLIElement>(null);
  const problemsId = problems.length > 0 ? `problems-${node.id}` : undefined;
  return (
    <li ref={rowRef} className={css.opaqueRow} data-node-id={node.id} data-opaque="true" aria-describedby={problemsId}>
      <RowHandle nodeId={node.id} rowRef={rowRef} />
      <div className={css.opaqueBody}>
        <span className={css.opaqueLabel}>{node.label}</span>
        <span className={css.opaqueMarker} data-tip={t('opaque.tip')}>
          <LockIcon />
          {t('opaque.marker')}
        </span>
      </div>
      <RowActions nodeId={node.id} />
      {problemsId && <ProblemList id={problemsId} problems={problems} />}
    </li>
  );
}, sameRow);

function RowHandle({ nodeId, rowRef }: { nodeId: string; rowRef: RefObject<HTMLLIElement | null> }) {
  const { t } = useBuilder();
  return (
    <>
      <DragHandle nodeId={nodeId} elementRef={rowRef} label={t('action.drag')} />
      <DropGate kind="row" nodeId={nodeId} elementRef={rowRef} />
    </>
  );
}

function RowActions({ nodeId }: { nodeId: string }) {
  const { t, actions } = useBuilder();
  const remove = t('condition.remove');
  return (
    <div className={css.rowActions}>
      <button
        type="button"
        className={css.iconButton}
        data-tone="danger"
        aria-label={remove}
        data-tip={remove}
        data-focus-key="remove"
        data-icon="delete"
        onClick={() => actions.remove(nodeId)}
      />
      <MoreButton nodeId={nodeId} />
    </div>
  );
}

/** Opens the one shared node menu; the menu itself is mounted only while open. */
export function MoreButton({ nodeId }: { nodeId: string }) {
  const { t, menu } = useBuilder();
  const label = t('condition.more');
  return (
    <button
      type="button"
      className={css.iconButton}
      aria-label={label}
      aria-haspopup="menu"
      data-tip={label}
      data-focus-key="more"
      data-icon="more"
      onClick={(event) => menu.set({ anchor: event.currentTarget, nodeId })}
    />
  );
}
