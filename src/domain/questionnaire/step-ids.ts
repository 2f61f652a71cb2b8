/**
 * The wizard's step ids in order, with nothing else: the page's first script reads the URL
 * fragment's `view` with them (src/store/fragment.ts) and must not bring the steps' schemas along
 * (step-order.ts, which re-exports these, holds the rest).
 */
export const STEP_IDS = [
  'platform',
  'projects',
  'delivery',
  'compliance',
  'compute',
  'priorities',
] as const;
/** A wizard step; also the value of the UI-only `view` key in the URL fragment. */
export type StepId = (typeof STEP_IDS)[number];

export const isStepId = (value: string): value is StepId =>
  (STEP_IDS as readonly string[]).includes(value);
