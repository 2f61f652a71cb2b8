/**
 * The ids of the optional config targets, on their own: the answers model (first screen) and the
 * share link need only these, not the labels and descriptions in types.ts (results only).
 */

/** Targets emitted only when asked for (`EmitContext.extraTargets`), in listing order. */
export const OPTIONAL_TARGET_IDS = [
  'dg-project',
  'terraform',
  'legacy-yaml',
  'drift-check',
] as const;
export type OptionalTargetId = (typeof OPTIONAL_TARGET_IDS)[number];
