/**
 * The files the plan's diffs are made from, as values: dagster_cloud.yaml (defaults and location
 * entries, as imported, then changed step by step) and the Terraform target's resources (none
 * until a step declares one). A step that changes a file returns the new value and the diff; no
 * step changes a value in place.
 */
import { toYamlAny as toYaml } from '../../emitters/to-yaml-any';
import { unifiedDiff } from '../line-diff';
import type { MigrationKit } from '../migration-kit';
import type { PlanContext } from './context';
import type { Draft } from './types';

export const FILE = 'dagster_cloud.yaml';

/** One location entry, or the defaults, of dagster_cloud.yaml, with its keys in file order. */
export type Entry = Readonly<Record<string, unknown>>;

export type Config = {
  readonly defaults: Entry | null;
  readonly locations: readonly Entry[];
};

/** Terraform resources by type, then by label. */
export type Resources = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

/** The files as the steps so far leave them. */
export type WorkingFiles = {
  readonly config: Config;
  readonly terraform: Resources | null;
};

export const renderConfig = (config: Config): string =>
  toYaml({
    ...(config.defaults === null ? {} : { defaults: config.defaults }),
    locations: config.locations,
  });

export const fileDiff = (before: string, after: string, path = FILE): string =>
  unifiedDiff(before, after, `a/${path}`, `b/${path}`);

export const newFileDiff = (content: string, path: string): string =>
  unifiedDiff('', content, '/dev/null', `b/${path}`);

/** Lines to add to a file that exists but was not imported: a fragment, not a before/after. */
export const fragmentDiff = (content: string, path: string): string =>
  unifiedDiff('', content, `a/${path}`, `b/${path}`);

/** `entry` without `key` (the other keys keep their order). */
export const without = (entry: Entry, key: string): Entry =>
  Object.fromEntries(Object.entries(entry).filter(([k]) => k !== key));

/** `entry` routed to `queue`, or to the default queue (no `agent_queue`) when it is null. */
export const routedTo = (entry: Entry, queue: string | null): Entry =>
  queue === null ? without(entry, 'agent_queue') : { ...entry, agent_queue: queue };

/** The config with a change of its location entries, and the diff of that change. */
export const changeLocations = (
  config: Config,
  change: (locations: readonly Entry[]) => readonly Entry[],
): { config: Config; diff: string } => {
  const next = { ...config, locations: change(config.locations) };
  return { config: next, diff: fileDiff(renderConfig(config), renderConfig(next)) };
};

/**
 * Terraform with `add` declared (merged into each resource type), and the diff: a new file for the
 * first resources, else the file before and after.
 */
export const declareResources = (
  kit: MigrationKit,
  terraform: Resources | null,
  add: Resources,
): { terraform: Resources; diff: string } => {
  const render = (resources: Resources) =>
    kit.terraformJson({ ...kit.providerBlocks(), resource: resources });
  const next: Record<string, Readonly<Record<string, unknown>>> = { ...terraform };
  for (const [type, resources] of Object.entries(add)) next[type] = { ...next[type], ...resources };
  const after = render(next);
  return {
    terraform: next,
    diff:
      terraform === null
        ? newFileDiff(after, kit.TERRAFORM_PATH)
        : fileDiff(render(terraform), after, kit.TERRAFORM_PATH),
  };
};

/** What a step adds to the plan, and the files as it leaves them. */
export type StepOutput = { readonly drafts: readonly Draft[]; readonly files: WorkingFiles };

/** One step of the plan: reads the context and the files so far, changes neither. */
export type StepBuilder = (ctx: PlanContext, files: WorkingFiles) => StepOutput;
