import { useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import css from './tip.module.css';

interface Tip {
  text: string;
  left: number;
  top: number;
}

const HOVER_DELAY_MS = 450;
/** The least room between a tip and the window's edge. */
const EDGE_PX = 8;

export interface TipLayerProps {
  /** Where tips are listened for: one set of listeners for everything inside. */
  containerRef: RefObject<HTMLElement | null>;
  /** The elements that have a tip (a CSS selector). */
  targets: string;
  /** The data attribute (camel-cased, as in `dataset`) that holds a tip's text; else its aria-label. */
  textAttribute: string;
}

/**
 * One tooltip for a whole area: listening once on the container replaces a tooltip component per
 * button (thousands of them in a large condition tree), and needs no positioning library. A target
 * names its tip in a data attribute (an explanation, a shortcut, a reason something is unavailable)
 * or shows its accessible name. The tip repeats what the control already says, so it is hidden from
 * assistive technology. It shows after a hover pause, at once on keyboard focus, and goes on Escape.
 */
export function TipLayer({ containerRef, targets, textAttribute }: TipLayerProps) {
  const [tip, setTip] = useState<Tip | null>(null);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let shownFor: Element | null = null;

    const hide = () => {
      clearTimeout(timer);
      shownFor = null;
      setTip(null);
    };
    const show = (target: HTMLElement, delay: number) => {
      clearTimeout(timer);
      const text = target.dataset[textAttribute] ?? target.getAttribute('aria-label');
      if (!text) return hide();
      timer = setTimeout(() => {
        if (!target.isConnected) return;
        const rect = target.getBoundingClientRect();
        shownFor = target;
        setTip({ text, left: rect.left + rect.width / 2, top: rect.bottom + 6 });
      }, delay);
    };
    const tipTarget = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>(targets) : null;
      return target && container.contains(target) ? target : null;
    };
    const onOver = (event: Event) => {
      const target = tipTarget(event);
      if (target === shownFor) return;
      if (target) show(target, HOVER_DELAY_MS);
      else hide();
    };
    const onFocus = (event: Event) => {
      const target = tipTarget(event);
      if (target?.matches(':focus-visible')) show(target, 0);
      else hide();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') hide();
    };

    // One signal removes every listener at once, so adding one can never leak it.
    const listeners = new AbortController();
    const { signal } = listeners;
    container.addEventListener('pointerover', onOver, { signal });
    container.addEventListener('pointerleave', hide, { signal });
    container.addEventListener('focusin', onFocus, { signal });
    container.addEventListener('focusout', hide, { signal });
    container.addEventListener('pointerdown', hide, { signal });
    // Escape dismisses a tip shown by hover too, where focus is elsewhere (WCAG 1.4.13).
    window.addEventListener('keydown', onKey, { signal });
    window.addEventListener('scroll', hide, { signal, capture: true });
    return () => {
      clearTimeout(timer);
      listeners.abort();
    };
  }, [containerRef, targets, textAttribute]);

  const tipRef = useRef<HTMLDivElement>(null);
  // Centred under its target, but kept inside the window: a button at the edge (the app bar's last)
  // would otherwise push half its tip off screen.
  useLayoutEffect(() => {
    const element = tipRef.current;
    if (!tip || !element) return;
    const width = element.getBoundingClientRect().width;
    const edge = Math.max(EDGE_PX, window.innerWidth - width - EDGE_PX);
    element.style.left = `${Math.min(Math.max(tip.left - width / 2, EDGE_PX), edge)}px`;
  }, [tip]);

  if (!tip) return null;
  return createPortal(
    <div ref={tipRef} className={css.tip} style={{ left: tip.left, top: tip.top }} aria-hidden="true">
      {tip.text}
    </div>,
    document.body,
  );
}

/** Gives an element a tip in the app's own layer (AppTips): spread it, `{...appTip(text)}`. */
export const appTip = (text: string) => ({ 'data-app-tip': text });

/** The tips of the app's frame and pages (`appTip`); the condition builder has its own layer. */
export function AppTips({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
  return <TipLayer containerRef={containerRef} targets="[data-app-tip]" textAttribute="appTip" />;
}
