import { memo, useCallback, useRef, type RefObject } from 'react';
import type { Condition, ConditionValue, OpaqueCondition } from '@/domain/model';
import { editorFor, editorForField, inferFieldType, valueOptionsFor } from '@/domain/operators';
import css from './builder.module.css';
import { useBuilder, type BuilderContextValue } from './context';
import { DragHandle } from './dnd';
import { VALUE_EDITORS } from './editors';
import { FieldCombobox } from './FieldCombobox';
import { iconClass, LockIcon } from './icons';
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
  const builder = useBuilder();
  const { fields, actions } = builder;
  const rowRef = useRef<HTMLLIElement>(null);
  const { id } = node;
  const descriptor = fields.byName.get(node.field);
  const type = descriptor?.type ?? inferFieldType(node);
  const Editor = VALUE_EDITORS[descriptor ? editorForField(descriptor, node.operator) : editorFor(type, node.operator)];
  const invalid = invalidParts(problems);
  const problemsId = problems.length > 0 ? `problems-${id}` : undefined;
  const onValue = useCallback((value: ConditionValue) => actions.setValue(id, value), [actions, id]);

  return (
    <li ref={rowRef} className={css.row} data-node-id={id} data-severity={severityOf(problems)}>
      {rowHandle(builder, id, rowRef)}
      <FieldCombobox
        nodeId={id}
        field={node.field}
        type={type}
        invalid={invalid.has('field')}
        describedBy={problemsId}
      />
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
          field={node.field}
          operator={node.operator}
          value={node.value}
          options={descriptor && valueOptionsFor(descriptor, node.operator)}
          invalid={invalid.has('value')}
          describedBy={problemsId}
          onChange={onValue}
        />
      </div>
      {rowActions(builder, id)}
      {problemsId && <ProblemList id={problemsId} problems={problems} />}
    </li>
  );
}, sameRow);

/** A vendor rule the builder does not model: shown with its label, movable and removable, never edited. */
export const OpaqueRow = memo(function OpaqueRow({ node, problems }: RowProps<OpaqueCondition>) {
  const builder = useBuilder();
  const { t } = builder;
  const rowRef = useRef<HTMLLIElement>(null);
  const problemsId = problems.length > 0 ? `problems-${node.id}` : undefined;
  return (
    <li ref={rowRef} className={css.opaqueRow} data-node-id={node.id} data-opaque="true" aria-describedby={problemsId}>
      {rowHandle(builder, node.id, rowRef)}
      <div className={css.opaqueBody}>
        <span className={css.opaqueLabel}>{node.label}</span>
        <span className={css.opaqueMarker} data-tip={t('opaque.tip')}>
          <LockIcon />
          {t('opaque.marker')}
        </span>
      </div>
      {rowActions(builder, node.id)}
      {problemsId && <ProblemList id={problemsId} problems={problems} />}
    </li>
  );
}, sameRow);

/*
 * Row parts are plain render functions rather than components: on a 1,000-row tree every
 * component is a thousand more fibers to create at mount.
 */

function rowHandle(builder: BuilderContextValue, nodeId: string, rowRef: RefObject<HTMLLIElement | null>) {
  return <DragHandle nodeId={nodeId} elementRef={rowRef} label={builder.t('action.drag')} />;
}

function rowActions(builder: BuilderContextValue, nodeId: string) {
  return (
    <>
      <button
        type="button"
        className={iconClass('delete', css.iconButton)}
        data-tone="danger"
        aria-label={builder.t('condition.remove')}
        data-focus-key="remove"
        onClick={() => builder.actions.remove(nodeId)}
      />
      {moreButton(builder, nodeId)}
    </>
  );
}

/** Opens the one shared node menu; the menu itself is mounted only while open. */
export function moreButton(builder: BuilderContextValue, nodeId: string) {
  return (
    <button
      type="button"
      className={iconClass('more', css.iconButton)}
      aria-label={builder.t('condition.more')}
      aria-haspopup="menu"
      data-focus-key="more"
      onClick={(event) => builder.menu.set({ anchor: event.currentTarget, nodeId })}
    />
  );
}
