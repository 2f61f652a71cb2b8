/**
 * Modules the results load on their own schedule: fetched once (a failed fetch may be retried),
 * and once there, rendered by `lazy` in the same pass through `settled`, without suspending. A
 * Suspense boundary that shows its fallback holds its content back for up to 300 ms (React's
 * reveal throttle), which would only delay the sections.
 */
import { lazy, type LazyExoticComponent, type ReactNode } from 'react';

/** A module that can be fetched ahead of rendering and read synchronously once loaded. */
export type Preload<T> = {
  /** Starts (or joins) the fetch. */
  load: () => Promise<T>;
  /** The module if it has loaded, else null. */
  loaded: () => T | null;
};

/** Wraps a dynamic `import()` as a `Preload`. */
export function preload<T>(importer: () => Promise<T>): Preload<T> {
  let pending: Promise<T> | null = null;
  let value: T | null = null;
  return {
    load: () =>
      (pending ??= importer().then(
        (module) => (value = module),
        (error: unknown) => {
          pending = null;
          throw error;
        },
      )),
    loaded: () => value,
  };
}

/**
 * A thenable that calls back at once: `lazy` then renders an already loaded module in the same pass
 * (a real promise always calls back later). `lazy` only ever calls `then`.
 */
export const settled = <T>(value: T): Promise<T> =>
  ({
    then: (onFulfilled: (v: T) => unknown) => {
      onFulfilled(value);
    },
  }) as unknown as Promise<T>;

/**
 * A lazy component for one export of a preloaded module: rendered in the same pass once the
 * module is there, fetched (suspending) otherwise.
 */
export function lazyExport<M, K extends keyof M>(
  module: Preload<M>,
  key: K,
): LazyExoticComponent<ComponentOf<M[K]>> {
  return lazy(() => {
    const loaded = module.loaded();
    const pick = (m: M) => ({ default: m[key] as ComponentOf<M[K]> });
    return loaded === null ? module.load().then(pick) : settled(pick(loaded));
  });
}

type ComponentOf<T> = T extends (props: infer P) => ReactNode ? (props: P) => ReactNode : never;
