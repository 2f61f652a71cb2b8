/** The stage counter behind stages.tsx: which of the results' heavy sections are mounted. */
import { createContext, startTransition, use, useCallback, useState } from 'react';

/** Runs `mount`, which mounts the next stage; by default in a task of its own. */
export type ScheduleStage = (mount: () => void) => void;

/** A task of its own: the browser can paint and handle input between two stages. */
const inNextTask: ScheduleStage = (mount) => {
  setTimeout(mount, 0);
};

/**
 * How the next stage is scheduled. The app keeps the default; component tests provide one that
 * mounts at once (src/testing/results.tsx), so every stage is on screen when `render` returns.
 */
export const StageSchedule = createContext<ScheduleStage>(inNextTask);

/**
 * How many of `total` stages to mount: 1 at first, then one more after each `shown(k)`, each
 * scheduled by `StageSchedule`. `done` turns true once the last stage has called `shown`.
 */
export function useStages(total: number): {
  count: number;
  done: boolean;
  shown: (index: number) => void;
} {
  const schedule = use(StageSchedule);
  const [state, setState] = useState({ count: 1, done: false });
  const shown = useCallback(
    (index: number): void => {
      const next = (s: { count: number; done: boolean }) => {
        const count = Math.min(total, Math.max(s.count, index + 2));
        const done = s.done || index >= total - 1;
        return count === s.count && done === s.done ? s : { count, done };
      };
      // The last stage is on screen: say so at once (nothing is left to mount, so no task or
      // transition to wait for; the update only drops aria-busy).
      if (index >= total - 1) {
        setState(next);
        return;
      }
      schedule(() => {
        startTransition(() => {
          setState(next);
        });
      });
    },
    [total, schedule],
  );
  return { count: state.count, done: state.done, shown };
}
