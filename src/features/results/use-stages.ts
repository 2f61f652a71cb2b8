/** The stage counter behind stages.tsx: which of the results' heavy sections are mounted. */
import { startTransition, useCallback, useState } from 'react';

/**
 * How many of `total` stages to mount: 1 at first, then one more after each `shown(k)`, each in a
 * new task. `done` turns true once the last stage has called `shown`.
 */
export function useStages(total: number): {
  count: number;
  done: boolean;
  shown: (index: number) => void;
} {
  const [state, setState] = useState({ count: 1, done: false });
  const shown = useCallback(
    (index: number): void => {
      // A task of its own: the browser can paint and handle input between two stages.
      setTimeout(() => {
        startTransition(() => {
          setState((s) => {
            const count = Math.min(total, Math.max(s.count, index + 2));
            const done = s.done || index >= total - 1;
            return count === s.count && done === s.done ? s : { count, done };
          });
        });
      }, 0);
    },
    [total],
  );
  return { count: state.count, done: state.done, shown };
}
