/** The stage counter behind stages.tsx: which of the results' heavy sections are mounted. */
import { createContext, startTransition, use, useCallback, useState } from 'react';

import type { RunSteps } from '@/domain/plan/steps';

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
 * Runs `steps` one a task, each posted as a message (a timer would wait 4 ms once nested), and
 * resolves with their result: no single task computes them all.
 */
export const inTasks: RunSteps = (steps) =>
  new Promise((resolve, reject) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      try {
        const next = steps.next();
        if (next.done === true) {
          channel.port1.close();
          resolve(next.value);
        } else {
          channel.port2.postMessage(null);
        }
      } catch (error) {
        channel.port1.close();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
    channel.port2.postMessage(null);
  });

/**
 * How the results' files are computed (FilesSection's `runSteps`): a step a task in the app; the
 * component tests provide `undefined`, computing them in the render (src/testing/results.tsx).
 */
export const FilesSchedule = createContext<RunSteps | undefined>(inTasks);

/**
 * How many of `total` stages to mount: 1 at first, then one more after each `shown(k)`, each
 * scheduled by `StageSchedule`. `done` turns true once the last stage has called `shown`.
 */
export function useStages(
  total: number,
  waitBefore?: (index: number) => Promise<unknown> | null,
): {
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
      const mount = (): void => {
        schedule(() => {
          startTransition(() => {
            setState(next);
          });
        });
      };
      // What the next stage needs first (its files, computed a step a task), then the stage.
      const before = waitBefore?.(index + 1) ?? null;
      if (before === null) mount();
      else before.then(mount, mount);
    },
    [total, schedule, waitBefore],
  );
  return { count: state.count, done: state.done, shown };
}
