/**
 * One export of a lazily loaded module, without Suspense (React throttles revealing a Suspense
 * boundary's content to 300 ms after its fallback showed). `load` fetches the module and remembers
 * the export, so a page rendered after it (main.tsx waits on it where the first render needs it)
 * has it at once; `useLoaded` gives it to a component, fetching it when `needed` and it is not
 * there yet (null meanwhile), and rethrows a failed fetch while rendering, so the error boundary
 * shows it.
 */
import { useEffect, useState } from 'react';

export type LazyExport<T> = {
  readonly load: () => Promise<T>;
  readonly useLoaded: (needed?: boolean) => T | null;
};

export const lazyExport = <T>(fetchExport: () => Promise<T>): LazyExport<T> => {
  let loaded: T | null = null;
  const load = (): Promise<T> =>
    fetchExport().then((value) => {
      loaded = value;
      return value;
    });
  const useLoaded = (needed = true): T | null => {
    // Functions (components) as state: set through an updater, never called as one.
    const [value, setValue] = useState<T | null>(() => loaded);
    const [, setFailure] = useState<unknown>(null);
    useEffect(() => {
      if (!needed || value !== null) return;
      let live = true;
      load().then(
        (fetched) => {
          if (live) setValue(() => fetched);
        },
        (error: unknown) => {
          if (live)
            setFailure(() => {
              throw error;
            });
        },
      );
      return () => {
        live = false;
      };
    }, [needed, value]);
    return value;
  };
  return { load, useLoaded };
};
