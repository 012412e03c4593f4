/*
 * A module the first load does not carry: a part of a page that is not on screen until the
 * marketer reaches for it (an open list, a disclosure, a field only some backends have). See
 * docs/architecture.md, "First load".
 */
import { useEffect, useState } from 'react';

export interface DeferredModule<T> {
  /** The module if it has arrived, so that a part already fetched renders in the same commit. */
  loaded(): T | null;
  /** Fetches it once for every caller; a failed fetch is tried again on the next call. */
  load(): Promise<T>;
}

export function deferredModule<T>(importModule: () => Promise<T>): DeferredModule<T> {
  let module: T | null = null;
  let pending: Promise<T> | null = null;
  return {
    loaded: () => module,
    load() {
      pending ??= importModule().then(
        (arrived) => (module = arrived),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      );
      return pending;
    },
  };
}

/** Starts the fetch and swallows its failure: for hover and focus, which only get ahead of a need. */
export function prefetch(module: DeferredModule<unknown>): void {
  module.load().catch(() => undefined);
}

/**
 * The module once `wanted`: at once if it has arrived, otherwise null until it does. A failed
 * fetch leaves it null (the caller's stand-in stays) until `wanted` turns false and true again.
 */
export function useDeferredModule<T>(module: DeferredModule<T>, wanted: boolean): T | null {
  // The module's own cache says what has arrived; this state only renders again when it does.
  const [, setArrived] = useState(false);
  useEffect(() => {
    if (!wanted || module.loaded()) return;
    let live = true;
    module.load().then(
      () => live && setArrived(true),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [module, wanted]);
  return wanted ? module.loaded() : null;
}
