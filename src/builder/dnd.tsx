/**
 * Drag and drop, fetched when it may be wanted. dnd-kit is about 12 KiB of the editor's first load
 * (brotli) and 40 KiB of script to compile, for something only a pointer does: keyboard users move
 * rows from the row menu or with Alt+arrows. So `dndHost.tsx` (dnd-kit and everything that uses
 * it) loads once a pointer enters the builder, which it always does on the way to a grip.
 *
 * The tree is never put inside dnd-kit's context: wrapping it once the module arrived would mount
 * the whole tree again (1,000 rows, their focus and their open inputs). The host runs beside the
 * tree instead, and renders the button of each grip a pointer has come near into the grip's own
 * place in its row (a portal into the slot the grip leaves for it).
 */
import { memo, useEffect, useLayoutEffect, useState, type ComponentType, type RefObject } from 'react';
import { deferredModule } from '@/ui/deferred';
import css from './builder.module.css';
import { useBuilder, type MenuRequest } from './context';
import { iconClass } from './icons';
import { createStore, useStore, type Store } from './store';

/** A grip a pointer has come near. The host renders its button into `slot`. */
export interface ArmedGrip {
  nodeId: string;
  /** The row or group element that moves. */
  elementRef: RefObject<HTMLElement | null>;
  label: string;
  slot: HTMLElement;
}

/** The builder's drag-and-drop state, shared by the grips and the host through the builder's context. */
export interface DragAndDrop {
  /** Set once a pointer enters the builder: the host starts loading. */
  wanted: Store<boolean>;
  /** The armed grips, by node id. */
  grips: Store<ReadonlyMap<string, ArmedGrip>>;
}

export function createDragAndDrop(): DragAndDrop {
  return { wanted: createStore(false), grips: createStore<ReadonlyMap<string, ArmedGrip>>(new Map()) };
}

/** dnd-kit and the host, fetched once per page; a failed fetch is tried again on the next call. */
const hostModule = deferredModule(() => import('./dndHost'));

/**
 * The host, once wanted and loaded. Until then a grip is a plain button that opens the row menu,
 * whose move actions do everything a drag does. If the module cannot be fetched (offline, or a
 * deploy replaced it), that stays so, and the next pointer to enter tries again.
 */
export const BuilderDnd = memo(function BuilderDnd() {
  const { dnd } = useBuilder();
  const wanted = useStore(dnd.wanted);
  const [host, setHost] = useState<{ Host: ComponentType } | null>(null);
  useEffect(() => {
    if (!wanted || host) return;
    let live = true;
    hostModule.load().then(
      (module) => live && setHost({ Host: module.DndHost }),
      () => live && dnd.wanted.set(false),
    );
    return () => {
      live = false;
    };
  }, [wanted, host, dnd]);
  return host ? <host.Host /> : null;
});

/** What the grip's button is, before and after dnd-kit joins it. */
export function gripButtonProps(label: string, nodeId: string, menu: Store<MenuRequest | null>) {
  return {
    type: 'button' as const,
    className: iconClass('drag', css.dragHandle),
    'aria-label': label,
    'aria-haspopup': 'menu' as const,
    'data-focus-key': 'drag',
    onClick: (event: { currentTarget: HTMLElement }) => menu.set({ anchor: event.currentTarget, nodeId }),
  };
}

interface DragHandleProps {
  nodeId: string;
  /** The row or group element that moves. */
  elementRef: RefObject<HTMLElement | null>;
  label: string;
}

/**
 * The grip. It joins dnd-kit only once a pointer comes near it: a draggable costs a dozen hooks,
 * and 1,000 rows of them were a large share of mounting a big tree. Pointers always pass over the
 * grip before pressing it, so dragging works the same. Activated from the keyboard, the grip opens
 * the row menu with its move actions (keyboard users move with those or Alt+arrows).
 */
export const DragHandle = memo(function DragHandle({ nodeId, elementRef, label }: DragHandleProps) {
  const { menu, dnd } = useBuilder();
  const [armed, setArmed] = useState(false);
  const [slot, setSlot] = useState<HTMLSpanElement | null>(null);

  useLayoutEffect(() => {
    if (!slot) return;
    dnd.grips.set(new Map(dnd.grips.get()).set(nodeId, { nodeId, elementRef, label, slot }));
    return () => {
      const grips = new Map(dnd.grips.get());
      // A grip of the same node mounted since (the row moved) has taken the entry over.
      if (grips.get(nodeId)?.slot !== slot) return;
      grips.delete(nodeId);
      dnd.grips.set(grips);
    };
  }, [slot, dnd, nodeId, elementRef, label]);

  if (armed) return <span ref={setSlot} className={css.gripSlot} />;
  const arm = () => {
    dnd.wanted.set(true);
    // Armed once the host is in, so the grip never stands empty waiting for it.
    hostModule.load().then(
      () => setArmed(true),
      () => undefined,
    );
  };
  return <button {...gripButtonProps(label, nodeId, menu)} onPointerEnter={arm} />;
});

/** Escapes a value for a quoted attribute selector (ids may come from a vendor). */
export function cssEscape(value: string): string {
  return value.replace(/["\\]/g, '\\$&');
}
