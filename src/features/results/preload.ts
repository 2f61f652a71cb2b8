/**
 * Modules the results load on their own schedule: fetched once (a failed fetch may be retried),
 * and once there, rendered by `lazy` in the same pass through `settled`, without suspending. A
 * Suspense boundary that shows its fallback holds its content back for up to 300 ms (React's
 * reveal throttle), which would only delay the sections.
 */

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
