import { useEffect, useState, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import css from './builder.module.css';

interface Tip {
  text: string;
  left: number;
  top: number;
}

const HOVER_DELAY_MS = 450;
const TIP_TARGETS = '[data-tip], button[aria-label]';

/**
 * One tooltip for the whole builder. Icon buttons show their accessible name; other elements name
 * their tip in `data-tip` (an explanation, a reason something is unavailable). Listening once on the
 * container replaces a tooltip component per button (thousands of them in a large tree). The tip
 * repeats the control's accessible name or reason, so it is hidden from assistive technology.
 */
export function TipLayer({ containerRef }: { containerRef: RefObject<HTMLElement | null> }) {
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
      const text = target.dataset.tip ?? target.getAttribute('aria-label');
      if (!text) return hide();
      timer = setTimeout(() => {
        if (!target.isConnected) return;
        const rect = target.getBoundingClientRect();
        shownFor = target;
        setTip({ text, left: rect.left + rect.width / 2, top: rect.bottom + 6 });
      }, delay);
    };
    const tipTarget = (event: Event) => {
      const target = event.target instanceof Element ? event.target.closest<HTMLElement>(TIP_TARGETS) : null;
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
    container.addEventListener('keydown', onKey, { signal });
    window.addEventListener('scroll', hide, { signal, capture: true });
    return () => {
      clearTimeout(timer);
      listeners.abort();
    };
  }, [containerRef]);

  if (!tip) return null;
  return createPortal(
    <div className={css.tip} style={{ left: tip.left, top: tip.top, transform: 'translateX(-50%)' }} aria-hidden="true">
      {tip.text}
    </div>,
    document.body,
  );
}
