import css from './builder.module.css';
import { useStore, type Store } from './store';

/** The builder's polite announcements (moves, additions, removals). */
export function LiveRegion({ store }: { store: Store<string> }) {
  const message = useStore(store);
  return (
    <output aria-live="polite" aria-atomic="true" className={css.visuallyHidden}>
      {message}
    </output>
  );
}

/** Sets the message; a repeat of the same text is made distinct so screen readers read it again. */
export function announceTo(store: Store<string>, message: string): void {
  store.set(store.get() === message ? `${message}\u00a0` : message);
}
