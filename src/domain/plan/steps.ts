/**
 * Work in steps: a generator that pauses (yields) between parts of a computation and returns its
 * result. Run at once it is the plain computation; a page can run one step a task instead, so
 * that no single task of the browser computes it all (issue #13: the generated files).
 */
export type Steps<T> = Generator<undefined, T, undefined>;

/** Runs every step now and returns the result. */
export const runAtOnce = <T>(steps: Steps<T>): T => {
  let next = steps.next();
  while (next.done !== true) next = steps.next();
  return next.value;
};

/** Runs steps in some other way (one a task, on a page) and resolves with their result. */
export type RunSteps = <T>(steps: Steps<T>) => Promise<T>;
