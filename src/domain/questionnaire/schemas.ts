/**
 * The answers model: what a lead tells the advisor. Every other domain module takes `Answers`
 * (validated by `answersSchema`) as its only input, so the form, the share link and the scoring
 * share one definition. Written with `zod/mini` (see ../zod.ts): the first screen loads this file.
 */
import { OPTIONAL_TARGET_IDS, type OptionalTargetId } from '../emitters/target-ids';
import { DAGSTER_VERSION_PATTERN, PROPOSED_DAGSTER_VERSION } from '../versions/release';
import { z } from '../zod';

export const PLANS = ['solo', 'starter', 'pro'] as const;
export const AGENT_PLATFORMS = ['k8s', 'ecs', 'docker', 'local'] as const;
export const CI_PROVIDERS = ['github', 'gitlab', 'other'] as const;
export const SOD_LEVELS = ['none', 'access', 'execution', 'confidential'] as const;
export const SHARING_LEVELS = ['none', 'some', 'heavy'] as const;
export const RELEASE_MODES = ['together', 'independent'] as const;
export const DEPENDENCY_MODES = ['aligned', 'conflicting'] as const;
export const PRIORITY_LEVELS = ['low', 'medium', 'high'] as const;

export type Plan = (typeof PLANS)[number];
export type AgentPlatform = (typeof AGENT_PLATFORMS)[number];
export type CiProvider = (typeof CI_PROVIDERS)[number];
export type SodLevel = (typeof SOD_LEVELS)[number];
export type SharingLevel = (typeof SHARING_LEVELS)[number];
export type ReleaseMode = (typeof RELEASE_MODES)[number];
export type DependencyMode = (typeof DEPENDENCY_MODES)[number];
export type PriorityLevel = (typeof PRIORITY_LEVELS)[number];

/**
 * Names of projects, teams and compute environments. Lowercase, start with a letter, at most 40
 * characters: survives every Dagster+ agent's name sanitiser unchanged (dagster-facts.md §1e) and
 * never needs quoting in YAML, a URL or a CODEOWNERS line.
 */
export const NAME_PATTERN = /^[a-z][a-z0-9_-]{0,39}$/;
export const NAME_RULE =
  'Use 1-40 characters: lowercase letters, digits, "-" or "_", starting with a letter.';

/** Most projects one set of answers may hold; also the share-link decoder's cap. */
export const MAX_PROJECTS = 500;

export const nameSchema = z.string().check(z.regex(NAME_PATTERN, { message: NAME_RULE }));

export const projectSchema = z.object({
  /** Code location name and folder; the Python package is derived from it. */
  name: nameSchema,
  /** Owning team. */
  team: nameSchema,
  /** Where its code must run: a cloud account, cluster, region or architecture. */
  compute: nameSchema,
  /** Many runs: would slow its neighbours in a shared run queue. */
  highVolume: z.boolean(),
});
export type Project = z.infer<typeof projectSchema>;

const projectsSchema = z.array(projectSchema).check(
  z.maxLength(MAX_PROJECTS, { message: `At most ${MAX_PROJECTS} projects.` }),
  z.superRefine((projects, ctx) => {
    const seen = new Set<string>();
    projects.forEach((p, i) => {
      if (seen.has(p.name)) {
        ctx.addIssue({
          code: 'custom',
          path: [i, 'name'],
          message: `"${p.name}" is already used by another project; project names must be unique.`,
        });
      }
      seen.add(p.name);
    });
  }),
);

/** Step 1: plan and platform. */
export const platformStepSchema = z.object({
  plan: z.enum(PLANS),
  agent: z.enum(AGENT_PLATFORMS),
});
/** Step 2: projects and teams. */
export const projectsStepSchema = z.object({
  projects: projectsSchema.check(z.minLength(1, { message: 'Add at least one project.' })),
});
/** Step 3: delivery. */
export const deliveryStepSchema = z.object({
  ci: z.enum(CI_PROVIDERS),
  share: z.enum(SHARING_LEVELS),
  release: z.enum(RELEASE_MODES),
  deps: z.enum(DEPENDENCY_MODES),
});
/** Step 4: compliance and access. */
export const complianceStepSchema = z.object({
  sod: z.enum(SOD_LEVELS),
  /** Teams the separation applies to; empty means every team. */
  sodTeams: z.array(nameSchema),
  /** Production and non-production must be separate. */
  prod: z.boolean(),
});
/** Step 5 (compute and load) edits `projects[].compute` / `highVolume`; step 6: priorities. */
export const prioritiesStepSchema = z.object({
  /** One view of all assets. */
  pane: z.enum(PRIORITY_LEVELS),
  /** Capacity to operate extra agents and deployments. */
  ops: z.enum(PRIORITY_LEVELS),
  /** Cost sensitivity. */
  cost: z.enum(PRIORITY_LEVELS),
});

const rankOf = (id: OptionalTargetId | undefined): number =>
  id === undefined ? -1 : OPTIONAL_TARGET_IDS.indexOf(id);

/** Optional targets in `OPTIONAL_TARGET_IDS` order, each at most once (see `normalizeTargets`). */
export const targetsSchema = z
  .array(z.enum(OPTIONAL_TARGET_IDS))
  .check(
    z.refine(
      (ids) => ids.every((id, i) => i === 0 || rankOf(ids[i - 1]) < rankOf(id)),
      `List each optional target at most once, in the order ${OPTIONAL_TARGET_IDS.join(', ')}.`,
    ),
  );

/** The distinct targets of `ids`, in `OPTIONAL_TARGET_IDS` order: what `targetsSchema` accepts. */
export const normalizeTargets = (ids: Iterable<OptionalTargetId>): OptionalTargetId[] => {
  const chosen = new Set(ids);
  return OPTIONAL_TARGET_IDS.filter((id) => chosen.has(id));
};

/** `targets` with `id` added (`on`) or removed, in the order the answers keep them. */
export const toggledTargets = (
  targets: readonly OptionalTargetId[],
  id: OptionalTargetId,
  on: boolean,
): OptionalTargetId[] => normalizeTargets(on ? [...targets, id] : targets.filter((t) => t !== id));

const answersShape = {
  ...platformStepSchema.shape,
  projects: projectsSchema,
  ...deliveryStepSchema.shape,
  ...complianceStepSchema.shape,
  ...prioritiesStepSchema.shape,
  /**
   * Config targets to generate besides the standard ones (results, "Also generate"); they do not
   * change the ranking. Absent in drafts saved before it existed: read as none.
   */
  targets: z._default(targetsSchema, () => []),
  /**
   * The Dagster release the files target (`X.Y.Z`), or null when none is stated: links and drafts
   * made before the answer existed read as null and keep their files (../versions/dagster-version.ts).
   */
  dagsterVersion: z._default(
    // A custom check, not z.nullable: the first screen loads this file and z.custom costs it
    // less. No message: the link decoder and the wizard say what is wrong before this fails.
    z.custom<string | null>(
      (v) => v === null || (typeof v === 'string' && DAGSTER_VERSION_PATTERN.test(v)),
    ),
    () => null,
  ),
};

/**
 * Answers as stored and shared. `projects` may be empty while the wizard is being filled in;
 * `completeAnswersSchema` is what scoring, topology and emitters require.
 */
export const answersSchema = z.object(answersShape).check(
  z.superRefine((a, ctx) => {
    const teams = new Set(a.projects.map((p) => p.team));
    a.sodTeams.forEach((t, i) => {
      if (!teams.has(t)) {
        ctx.addIssue({
          code: 'custom',
          path: ['sodTeams', i],
          message: `Team "${t}" owns no project.`,
        });
      }
    });
  }),
);
export type Answers = z.infer<typeof answersSchema>;

export const completeAnswersSchema = answersSchema.check(
  z.refine((a) => a.projects.length > 0, {
    message: 'Add at least one project.',
    path: ['projects'],
  }),
);

/** The documented default of every answer (the share link's omitted keys take these). */
export const DEFAULT_ANSWERS: Answers = {
  plan: 'pro',
  agent: 'k8s',
  ci: 'github',
  projects: [],
  sod: 'none',
  sodTeams: [],
  prod: false,
  share: 'some',
  release: 'together',
  deps: 'aligned',
  pane: 'medium',
  ops: 'medium',
  cost: 'medium',
  targets: [],
  dagsterVersion: null,
};

/** The answers a new session starts from: the defaults, with the proposed Dagster release stated. */
export const NEW_ANSWERS: Answers = {
  ...DEFAULT_ANSWERS,
  dagsterVersion: PROPOSED_DAGSTER_VERSION,
};

/** Python package (and `code_source.package_name`) for a project: hyphens become underscores. */
export const toPackageName = (projectName: string): string => projectName.replaceAll('-', '_');

/** Distinct values in first-seen order (deterministic for every emitter). */
export const uniqueInOrder = <T>(values: readonly T[]): T[] => [...new Set(values)];

export const teamsOf = (a: Pick<Answers, 'projects'>): string[] =>
  uniqueInOrder(a.projects.map((p) => p.team));
export const computesOf = (a: Pick<Answers, 'projects'>): string[] =>
  uniqueInOrder(a.projects.map((p) => p.compute));

/** Teams the separation of duties applies to (all teams when `sodTeams` is empty). */
export const separatedTeamsOf = (a: Pick<Answers, 'projects' | 'sodTeams' | 'sod'>): string[] =>
  a.sod === 'none' ? [] : a.sodTeams.length > 0 ? uniqueInOrder(a.sodTeams) : teamsOf(a);
