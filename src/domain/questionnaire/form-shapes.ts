/**
 * What each wizard step's form can hold while it is being filled in: the shape of its values,
 * not their rules (a name with a space is a string here, not an error). Values kept aside for a
 * step (store/unsaved-steps.ts, read back from session storage) must match their step's shape
 * before a form opens with them: storage is outside input like a link, and a form given
 * `{"projects":"boom"}` crashes.
 */
import { z } from '../zod';
import { MAX_PROJECTS } from './schemas';
import type { StepId } from './step-order';

/** Longest text kept for one field (a name is at most 40 characters when valid). */
const MAX_FIELD_LENGTH = 1000;

const text = z.string().check(z.maxLength(MAX_FIELD_LENGTH));

const projectRows = z.object({
  projects: z
    .array(z.object({ name: text, team: text, compute: text, highVolume: z.boolean() }))
    .check(z.maxLength(MAX_PROJECTS)),
});

/** The shape of each step form's values (the platform step has no form of this kind). */
export const STEP_FORM_SHAPES = {
  projects: projectRows,
  compute: projectRows,
  delivery: z.object({ ci: text, share: text, release: text, deps: text }),
  compliance: z.object({
    sod: text,
    sodTeams: z.array(text).check(z.maxLength(MAX_PROJECTS)),
    prod: z.boolean(),
  }),
  priorities: z.object({ pane: text, ops: text, cost: text }),
} as const satisfies Partial<Record<StepId, z.ZodMiniType>>;

/** `values` if they fit the form of `step`, else null (unknown step, wrong shape, too long). */
export const formValuesFor = (step: string, values: unknown): Record<string, unknown> | null => {
  if (!Object.hasOwn(STEP_FORM_SHAPES, step)) return null;
  const shape = (STEP_FORM_SHAPES as Record<string, z.ZodMiniType>)[step];
  if (shape === undefined) return null;
  const parsed = shape.safeParse(values);
  return parsed.success ? (parsed.data as Record<string, unknown>) : null;
};
