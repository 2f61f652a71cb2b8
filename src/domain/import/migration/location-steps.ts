/**
 * The steps that change dagster_cloud.yaml: rewrite the legacy dict form, add the wizard's new
 * projects, create the teams' repositories (preparation); rename, route to queues and move
 * locations to their repositories (cut-over). Each diffs the file before and after its change.
 */
import { toYamlAny as toYaml } from '../../emitters/to-yaml-any';
import { listText, quotedList } from '../findings';
import type { PlanContext } from './context';
import {
  changeLocations,
  FILE,
  fileDiff,
  newFileDiff,
  renderConfig,
  routedTo,
  without,
  type Config,
  type Entry,
  type StepBuilder,
} from './files';
import type { ImportedLocation } from '../types';
import type { Draft } from './types';

/** Preparation: the dagster-cloud CLI wants the list form. */
export const convertListForm: StepBuilder = (ctx, files) => {
  if (ctx.imported.form !== 'dict') return { drafts: [], files };
  const dict = Object.fromEntries(
    files.config.locations.map((e) => {
      const { location_name: name, code_source: source, ...rest } = e;
      return [String(name), { ...(source as Entry | undefined), ...rest }];
    }),
  );
  const draft: Draft = {
    id: 'convert-list-form',
    kind: 'convert-list-form',
    title: 'Rewrite dagster_cloud.yaml in the list form',
    detail:
      'The dagster-cloud CLI (ci check, the deploy action) expects "locations" as a list with location_name and code_source. Same locations, same settings: nothing is redeployed until the next deploy, which then passes validation.',
    diff: fileDiff(toYaml({ locations: dict }), renderConfig(files.config)),
  };
  return { drafts: [draft], files };
};

/** The indexes of the imported locations a repository of the recommendation holds. */
export const importedIn = (ctx: PlanContext, locations: readonly string[]): number[] =>
  locations.map((name) => ctx.indexByProject.get(name)).filter((i) => i !== undefined);

/** An imported entry as it ends: its project's name, routed to its recommended queue. */
const finalEntry = (ctx: PlanContext, config: Config, i: number): Entry => {
  const project = ctx.projectNames[i] ?? '';
  const queue = ctx.placement.get(project)?.node.agentQueue ?? null;
  return routedTo({ ...(config.locations[i] ?? {}), location_name: project }, queue);
};

/** Preparation (one repository today, one per team recommended): each team's repository. */
export const createRepositories: StepBuilder = (ctx, files) => {
  if (!ctx.splitRepos) return { drafts: [], files };
  const drafts = ctx.recommended.repos.flatMap((repo): Draft[] => {
    const indexes = importedIn(ctx, repo.locations);
    if (indexes.length === 0) return [];
    const content = renderConfig({
      defaults: files.config.defaults,
      locations: indexes.map((i) => finalEntry(ctx, files.config, i)),
    });
    return [
      {
        id: `create-repository:${repo.name}`,
        kind: 'create-repository',
        title: `Create repository "${repo.name}" for ${listText(repo.teams.map((t) => `team "${t}"`))}`,
        detail: `Copy the folders of ${quotedList(repo.locations)} with their history (git filter-repo or subtree split), add its own deploy workflow and CODEOWNERS from the download, and give its workflow its own registry login. Do not deploy from it yet.`,
        diff: newFileDiff(content, `${repo.name}/${FILE}`),
      },
    ];
  });
  return { drafts, files };
};

/** Preparation (same repository): projects added in the wizard that the file does not have. */
export const addLocations: StepBuilder = (ctx, files) => {
  const added = [...ctx.placement.values()].filter((p) => !ctx.indexByProject.has(p.node.name));
  if (added.length === 0 || ctx.splitRepos) return { drafts: [], files };
  const { config, diff } = changeLocations(files.config, (locations) => [
    ...locations,
    ...added.map(({ node }) => ({
      location_name: node.name,
      code_source: { package_name: node.packageName },
      build: { directory: node.directory },
      ...(node.agentQueue === null ? {} : { agent_queue: node.agentQueue }),
    })),
  ]);
  const draft: Draft = {
    id: 'add-location',
    kind: 'add-location',
    title: `Add location${added.length === 1 ? '' : 's'} ${quotedList(added.map((p) => p.node.name))}`,
    detail: 'New projects from the wizard; adding a location does not touch the others.',
    diff,
  };
  return { drafts: [draft], files: { ...files, config } };
};

/**
 * Imported locations whose name breaks the project rule (their project took another name that
 * the target places), in either file format.
 */
export const locationsToRename = (ctx: PlanContext) =>
  ctx.imported.locations.filter(
    (l, i) =>
      l.name !== '' &&
      ctx.projectNames[i] !== l.name &&
      ctx.placement.has(ctx.projectNames[i] ?? ''),
  );

/** What a renamed location means in Dagster+, said by both rename steps. */
const RENAME_MEANS =
  'A renamed location is a new code location in Dagster+: deploy, turn its schedules and sensors on, then remove the old location (Deployment → Code locations). Run history stays under the old name.';

/** The rename step's draft: "Rename "a" to "b"", what to do first (if anything) and the diff. */
export const renameDraft = (
  ctx: PlanContext,
  renamed: readonly ImportedLocation[],
  how: string,
  diff: string,
): Draft => ({
  id: 'rename-location',
  kind: 'rename-location',
  title: `Rename ${listText(renamed.map((l) => `"${l.name}" to "${ctx.projectNames[l.index] ?? ''}"`))}`,
  detail: how === '' ? RENAME_MEANS : `${how} ${RENAME_MEANS}`,
  diff,
});

/** Cut-over: locations whose name breaks the project rule take their project's name. */
export const renameLocations: StepBuilder = (ctx, files) => {
  const { projectNames } = ctx;
  const renamed = locationsToRename(ctx);
  if (renamed.length === 0) return { drafts: [], files };
  const indexes = new Set(renamed.map((l) => l.index));
  const { config, diff } = changeLocations(files.config, (locations) =>
    locations.map((entry, i) =>
      indexes.has(i) ? { ...entry, location_name: projectNames[i] } : entry,
    ),
  );
  return { drafts: [renameDraft(ctx, renamed, '', diff)], files: { ...files, config } };
};

/** The imported locations whose queue changes, by their new queue ('' for the default one). */
export const reroutes = (ctx: PlanContext): Map<string, number[]> => {
  const targets = new Map<string, number[]>();
  ctx.imported.locations.forEach((l, i) => {
    const place = ctx.placement.get(ctx.projectNames[i] ?? '');
    if (place === undefined) return;
    const target = place.node.agentQueue;
    if (target === l.agentQueue) return;
    const key = target ?? '';
    targets.set(key, [...(targets.get(key) ?? []), i]);
  });
  return targets;
};

/**
 * A default queue in `defaults` would route every location: routing moves to each location that
 * relied on it, explicitly.
 */
const withoutDefaultQueue = (config: Config): Config => {
  const fallback = config.defaults?.agent_queue;
  if (config.defaults === null || typeof fallback !== 'string') return config;
  const rest = without(config.defaults, 'agent_queue');
  return {
    defaults: Object.keys(rest).length > 0 ? rest : null,
    locations: config.locations.map((entry) =>
      entry.agent_queue === undefined ? { ...entry, agent_queue: fallback } : entry,
    ),
  };
};

const routeDraft = (
  ctx: PlanContext,
  queue: string,
  indexes: readonly number[],
  change: { diff: string; fromDefaults: string | null },
): Draft => {
  const names = indexes.map((i) => ctx.projectNames[i] ?? '');
  const agent = indexes
    .map((i) => ctx.placement.get(ctx.projectNames[i] ?? '')?.agent.name)
    .find((n) => n !== undefined);
  return {
    id: `route-locations:${queue || 'default'}`,
    kind: 'route-locations',
    title:
      queue === ''
        ? `Move ${quotedList(names)} back to the default queue`
        : `Add agent_queue "${queue}" to ${quotedList(names)}`,
    detail: `On the next deploy each location's code server starts on ${
      agent !== undefined ? `agent "${agent}"` : 'its new agent'
    } and stops on the old one: a brief reload, during which schedule and sensor ticks wait. Do it when no long run is starting.${
      change.fromDefaults === null
        ? ''
        : ` The agent_queue "${change.fromDefaults}" under defaults moves onto each location that relied on it, so every location names its own queue.`
    }`,
    diff: change.diff,
  };
};

/**
 * Cut-over: each group of locations routed to its new queue, one step per queue. The first also
 * moves a queue set under defaults onto the locations that relied on it, and its diff shows it.
 */
export const routeLocations: StepBuilder = (ctx, files) => {
  const targets = reroutes(ctx);
  if (targets.size === 0) return { drafts: [], files };
  let before = files.config;
  let config = withoutDefaultQueue(before);
  const fromDefaults = config === before ? null : String(before.defaults?.agent_queue);
  const drafts: Draft[] = [];
  for (const [queue, indexes] of targets) {
    const after: Config = {
      ...config,
      locations: config.locations.map((entry, i) =>
        indexes.includes(i) ? routedTo(entry, queue || null) : entry,
      ),
    };
    const diff = fileDiff(renderConfig(before), renderConfig(after));
    drafts.push(
      routeDraft(ctx, queue, indexes, {
        diff,
        fromDefaults: drafts.length === 0 ? fromDefaults : null,
      }),
    );
    before = config = after;
  }
  return { drafts, files: { ...files, config } };
};

/** Cut-over (one repository today, one per team recommended): locations leave this repository. */
export const moveToRepositories: StepBuilder = (ctx, files) => {
  if (!ctx.splitRepos) return { drafts: [], files };
  const groups = ctx.recommended.repos
    .map((repo) => ({ repo, indexes: importedIn(ctx, repo.locations) }))
    .filter((g) => g.indexes.length > 0);
  /** This repository's file once the first `k` groups have left. */
  const leftAfter = (k: number): Config => {
    const gone = new Set(groups.slice(0, k).flatMap((g) => g.indexes));
    return { ...files.config, locations: files.config.locations.filter((_, i) => !gone.has(i)) };
  };
  const drafts = groups.map(({ repo }, k): Draft => {
    const keep = leftAfter(k + 1);
    return {
      id: `move-to-repository:${repo.name}`,
      kind: 'move-to-repository',
      title: `Deploy ${quotedList(repo.locations)} from "${repo.name}"`,
      detail: `In one change: the first deploy from ${repo.name} takes the locations over (same names), and they leave this repository's dagster_cloud.yaml so the two workflows do not overwrite each other. Each location reloads once.${
        keep.locations.length === 0
          ? ' No location is left in this repository: retire its deploy workflow.'
          : ''
      }`,
      diff: fileDiff(renderConfig(leftAfter(k)), renderConfig(keep)),
    };
  });
  return { drafts, files };
};
