/**
 * Drag and drop with dnd-kit, shaped for a 1,000-row tree. Loaded only once a pointer comes to the
 * builder (`dnd.tsx`), and rendered beside the tree rather than around it:
 * - each grip a pointer has come near gets its dnd-kit button from here, through a portal into the
 *   grip's place in its row, so drag activity re-renders those buttons and never the rows;
 * - drop targets register only while something is being dragged;
 * - one indicator draws where the drop will land.
 */
import {
  DndContext,
  DragOverlay,
  PointerSensor,
  pointerWithin,
  useDndMonitor,
  useDraggable,
  useDroppable,
  useSensor,
  useSensors,
  type CollisionDetection,
  type DragEndEvent,
  type DragMoveEvent,
  type DragStartEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { useLayoutEffect, useState } from 'react';
import { createPortal } from 'react-dom';
import type { Group } from '@/domain/model';
import { findNode } from '@/domain/tree';
import css from './builder.module.css';
import { useBuilder } from './context';
import { cssEscape, gripButtonProps, type ArmedGrip } from './dnd';
import { DragIcon } from './icons';
import { dropBeside, type MoveTarget } from './moves';
import { useStore } from './store';

/** Drop targets: a row (before/after it), a group header (before the group, or its start), a group (its end). */
type DropKind = 'row' | 'head' | 'into';
const dropId = (kind: DropKind, nodeId: string) => `${kind}:${nodeId}`;

function parseDropId(id: UniqueIdentifier): { kind: DropKind; nodeId: string } {
  const text = String(id);
  const colon = text.indexOf(':');
  return { kind: text.slice(0, colon) as DropKind, nodeId: text.slice(colon + 1) };
}

/** Where a drop lands, and how to draw it. */
interface Placement {
  target: MoveTarget;
  line: { top: number; left: number; width: number } | null;
  box: DOMRect | null;
}

function placementFor(
  root: Group,
  activeId: string,
  overId: UniqueIdentifier,
  element: HTMLElement,
  pointerY: number,
): Placement | null {
  const { kind, nodeId } = parseDropId(overId);
  const rect = element.getBoundingClientRect();
  const upper = pointerY < rect.top + rect.height / 2;
  const lineAt = (top: number) => ({ top, left: rect.left, width: rect.width });
  if (kind === 'into') {
    const group = findNode(root, nodeId);
    if (group?.type !== 'group') return null;
    return { target: { groupId: nodeId, index: group.children.length }, line: null, box: rect };
  }
  const isRoot = root.id === nodeId;
  if (kind === 'head' && (isRoot || !upper)) {
    return { target: { groupId: nodeId, index: 0 }, line: lineAt(rect.bottom + 2), box: null };
  }
  const after = kind === 'row' && !upper;
  const target = dropBeside(root, activeId, nodeId, after);
  return target && { target, line: lineAt(after ? rect.bottom + 3 : rect.top - 3), box: null };
}

/** The innermost target under the pointer: rows and headers sit inside their group's area. */
const innermostUnderPointer: CollisionDetection = (args) => {
  const hits = pointerWithin(args);
  const area = (id: UniqueIdentifier) => {
    const rect = args.droppableRects.get(id);
    return rect ? rect.width * rect.height : Number.POSITIVE_INFINITY;
  };
  return hits.sort((a, b) => area(a.id) - area(b.id)).slice(0, 1);
};

const pointerY = (event: DragMoveEvent | DragEndEvent): number => {
  const start = event.activatorEvent as Partial<PointerEvent>;
  return (start.clientY ?? 0) + event.delta.y;
};

/** dnd-kit's context with what lives in it; the tree is not inside, so typing never re-renders it. */
export function DndHost() {
  const { actions, t } = useBuilder();
  const [active, setActive] = useState<{ id: string; element: Element | null } | null>(null);
  const [elements] = useState(() => new Map<string, HTMLElement>());
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const activeId = active?.id ?? null;

  const onDragStart = (event: DragStartEvent) => {
    const id = String(event.active.id);
    setActive({ id, element: document.querySelector(`[data-node-id="${cssEscape(id)}"]`) });
  };

  const what = (id: UniqueIdentifier) => {
    const node = findNode(actions.getRoot(), String(id));
    return node ? actions.describe(node) : '';
  };
  const accessibility = {
    screenReaderInstructions: { draggable: t('dnd.instructions') },
    announcements: {
      onDragStart: (event: Pick<DragStartEvent, 'active'>) => t('dnd.picked', { what: what(event.active.id) }),
      onDragOver: (event: Pick<DragEndEvent, 'over'>) =>
        event.over ? t('dnd.over', { what: what(parseDropId(event.over.id).nodeId) }) : undefined,
      onDragEnd: (event: Pick<DragEndEvent, 'active'>) => t('dnd.dropped', { what: what(event.active.id) }),
      onDragCancel: () => t('dnd.cancelled'),
    },
  };

  // Nothing inside the dragged node is a target: a group cannot go into itself.
  const activeElement = active?.element ?? null;
  const collisionDetection: CollisionDetection = (args) =>
    innermostUnderPointer({
      ...args,
      droppableContainers: activeElement
        ? args.droppableContainers.filter((container) => {
            const node = container.node.current;
            return !node || !activeElement.contains(node);
          })
        : args.droppableContainers,
    });

  const onDragEnd = (event: DragEndEvent) => {
    setActive(null);
    const id = String(event.active.id);
    const element = event.over && elements.get(String(event.over.id));
    if (!event.over || !element) return;
    const placement = placementFor(actions.getRoot(), id, event.over.id, element, pointerY(event));
    if (placement) actions.moveTo(id, placement.target);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={accessibility}
      onDragStart={onDragStart}
      onDragEnd={onDragEnd}
      onDragCancel={() => setActive(null)}
    >
      <ArmedGrips />
      {active?.element && <DropTargets scope={active.element.closest(`.${css.builder}`)} elements={elements} />}
      <DropIndicator elements={elements} />
      <DragOverlay dropAnimation={null}>{activeId ? <DragPreview nodeId={activeId} /> : null}</DragOverlay>
    </DndContext>
  );
}

function DragPreview({ nodeId }: { nodeId: string }) {
  const { actions } = useBuilder();
  const node = findNode(actions.getRoot(), nodeId);
  return (
    <div className={css.dragPreview}>
      <DragIcon />
      {node ? actions.describe(node) : ''}
    </div>
  );
}

/** One line (or box) showing where the dragged node will land. */
function DropIndicator({ elements }: { elements: Map<string, HTMLElement> }) {
  const { actions } = useBuilder();
  const [placement, setPlacement] = useState<Placement | null>(null);
  const update = (event: DragMoveEvent) => {
    const element = event.over && elements.get(String(event.over.id));
    setPlacement(
      event.over && element
        ? placementFor(actions.getRoot(), String(event.active.id), event.over.id, element, pointerY(event))
        : null,
    );
  };
  useDndMonitor({
    onDragMove: update,
    onDragOver: update,
    onDragEnd: () => setPlacement(null),
    onDragCancel: () => setPlacement(null),
  });
  if (placement?.line) return <div className={css.dropLine} style={placement.line} />;
  if (placement?.box) {
    const { top, left, width, height } = placement.box;
    return <div className={css.dropBox} style={{ top, left, width, height }} />;
  }
  return null;
}

/** Each grip a pointer has come near, as dnd-kit's button in the grip's place in its row. */
function ArmedGrips() {
  const { dnd } = useBuilder();
  const grips = useStore(dnd.grips);
  return [...grips.values()].map((grip) => createPortal(<ArmedHandle {...grip} />, grip.slot, grip.nodeId));
}

function ArmedHandle({ nodeId, elementRef, label }: ArmedGrip) {
  const { menu } = useBuilder();
  const { listeners, setNodeRef, setActivatorNodeRef, isDragging } = useDraggable({ id: nodeId });
  useLayoutEffect(() => {
    setNodeRef(elementRef.current);
  }, [setNodeRef, elementRef]);
  useLayoutEffect(() => {
    const element = elementRef.current;
    if (!element) return;
    if (isDragging) element.dataset.dragging = 'true';
    else delete element.dataset.dragging;
  }, [isDragging, elementRef]);
  // dnd-kit's ARIA attributes describe its keyboard dragging, which is not used here; only its pointer listeners are.
  return <button ref={setActivatorNodeRef} {...gripButtonProps(label, nodeId, menu)} {...listeners} />;
}

/**
 * The drop targets, registered only while a drag is on, from the rendered tree: every row (before
 * or after it), every group header (before the group, or its start) and every group (its end).
 * One component at drag time instead of a hook in every row at mount.
 */
function DropTargets({ scope, elements }: { scope: Element | null; elements: Map<string, HTMLElement> }) {
  const [targets] = useState(() => {
    const found: { id: string; element: HTMLElement }[] = [];
    for (const element of scope?.querySelectorAll<HTMLElement>('[data-node-id]') ?? []) {
      const nodeId = element.dataset.nodeId!;
      if (!element.hasAttribute('data-band')) {
        found.push({ id: dropId('row', nodeId), element });
        continue;
      }
      const header = element.firstElementChild;
      if (header instanceof HTMLElement) found.push({ id: dropId('head', nodeId), element: header });
      found.push({ id: dropId('into', nodeId), element });
    }
    return found;
  });
  return targets.map((target) => <DropTarget key={target.id} {...target} elements={elements} />);
}

function DropTarget({
  id,
  element,
  elements,
}: {
  id: string;
  element: HTMLElement;
  elements: Map<string, HTMLElement>;
}) {
  const { setNodeRef } = useDroppable({ id });
  useLayoutEffect(() => {
    setNodeRef(element);
    elements.set(id, element);
    return () => {
      elements.delete(id);
    };
  }, [setNodeRef, element, elements, id]);
  return null;
}
