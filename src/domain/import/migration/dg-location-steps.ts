/**
 * The location steps of a plan for an imported dg repository: the same changes as
 * location-steps.ts, spoken of and diffed in the dg files the app writes (dg.toml's list of
 * project folders, each project's `[tool.dg.project]`), rendered by the dg emitter's own tables
 * through the kit, so a diff is exactly what the download holds. Routing a location to an agent
 * queue has no dg form at the releases we read (DG_ROUTING_FACT): that step says so plainly and
 * shows no diff. A dg repository is never in the dict form, so there is nothing to convert.
 */
import { listText, quotedList } from '../findings';
import type { ImportedLocation } from '../types';
import type { PlanContext } from './context';
import { fileDiff, newFileDiff, type StepBuilder } from './files';
import { importedIn, locationsToRename, renameDraft, reroutes } from './location-steps';
import type { Draft } from './types';

const DG_TOML = 'dg.toml';

/** dg.toml listing `folders`, as the dg emitter writes it (without its header comment). */
const workspace = (ctx: PlanContext, folders: readonly string[]): string =>
  ctx.kit.toToml(ctx.kit.dgWorkspaceTables(folders));

/** A project's `[tool.dg]` / `[tool.dg.project]` tables, as the dg emitter writes them. */
const projectTables = (ctx: PlanContext, packageName: string, name: string): string =>
  ctx.kit.toToml(ctx.kit.dgProjectTables({ packageName, name }));

const folderOf = (l: ImportedLocation | undefined): string => l?.folder ?? '';

/** The imported project folders, in dg.toml's order. */
const importedFolders = (ctx: PlanContext): string[] => ctx.imported.locations.map(folderOf);

/** Where a project's `[tool.dg.project]` lives, relative to the workspace root. */
const projectFile = (l: ImportedLocation): string => {
  const name = l.file?.split('/').pop() ?? 'pyproject.toml';
  return l.folder === undefined || l.folder === '' || l.folder === '.'
    ? name
    : `${l.folder}/${name}`;
};

/** Preparation (same repository): the wizard's new projects join dg.toml, each with its tables. */
export const addDgProjects: StepBuilder = (ctx, files) => {
  const added = [...ctx.placement.values()].filter((p) => !ctx.indexByProject.has(p.node.name));
  if (added.length === 0 || ctx.splitRepos) return { drafts: [], files };
  const before = importedFolders(ctx);
  const after = [...before, ...added.map((p) => p.node.directory)];
  const diff = [
    fileDiff(workspace(ctx, before), workspace(ctx, after), DG_TOML),
    ...added.map(({ node }) =>
      newFileDiff(
        projectTables(ctx, node.packageName, node.name),
        `${node.directory}/${ctx.kit.PYPROJECT_FRAGMENT}`,
      ),
    ),
  ].join('');
  const draft: Draft = {
    id: 'add-location',
    kind: 'add-location',
    title: `Add project${added.length === 1 ? '' : 's'} ${quotedList(added.map((p) => p.node.name))} to dg.toml`,
    detail: `New projects from the wizard: list each folder in dg.toml and merge its ${ctx.kit.PYPROJECT_FRAGMENT} into the project's pyproject.toml (with the build.yaml from the download). Adding a project does not touch the others.`,
    diff,
  };
  return { drafts: [draft], files };
};

/** Cut-over: projects whose location name breaks the project rule take their project's name. */
export const renameDgProjects: StepBuilder = (ctx, files) => {
  const { projectNames } = ctx;
  const renamed = locationsToRename(ctx);
  if (renamed.length === 0) return { drafts: [], files };
  const diff = renamed
    .map((l) => {
      const module = l.codeSource?.value ?? '';
      return fileDiff(
        projectTables(ctx, module, l.name),
        projectTables(ctx, module, projectNames[l.index] ?? ''),
        projectFile(l),
      );
    })
    .join('');
  const how =
    "Set code_location_name under each project's [tool.dg.project] (the lines below; the rest of its pyproject.toml stays).";
  return { drafts: [renameDraft(ctx, renamed, how, diff)], files };
};

/** Cut-over: routing to a queue, which dg files cannot express; the step says what to do instead. */
export const routeDgProjects: StepBuilder = (ctx, files) => {
  const drafts = [...reroutes(ctx)].map(([queue, indexes]): Draft => {
    const names = indexes.map((i) => ctx.projectNames[i] ?? '');
    return {
      id: `route-locations:${queue || 'default'}`,
      kind: 'route-locations',
      title:
        queue === ''
          ? `Move ${quotedList(names)} back to the default queue`
          : `Route ${quotedList(names)} to agent queue "${queue}"`,
      detail: `This cannot be written in dg files: ${ctx.kit.DG_ROUTING_FACT} ${
        queue === ''
          ? "Remove agent_queue from these projects' [tool.dg.project] if you added it."
          : `Until your dg release deploys agent_queue, deploy ${quotedList(names)} with dagster_cloud.yaml and dagster-cloud ci (choose "dagster_cloud.yaml" as the file format in the wizard to get both), with agent_queue: ${queue} on each.`
      } On the next deploy each location's code server moves to its new agent: a brief reload, during which schedule and sensor ticks wait.`,
    };
  });
  return { drafts, files };
};

/** Preparation (one repository today, one per team recommended): each team's dg workspace. */
export const createDgRepositories: StepBuilder = (ctx, files) => {
  if (!ctx.splitRepos) return { drafts: [], files };
  const drafts = ctx.recommended.repos.flatMap((repo): Draft[] => {
    const indexes = importedIn(ctx, repo.locations);
    if (indexes.length === 0) return [];
    const folders = indexes.map((i) => folderOf(ctx.imported.locations[i]));
    return [
      {
        id: `create-repository:${repo.name}`,
        kind: 'create-repository',
        title: `Create repository "${repo.name}" for ${listText(repo.teams.map((t) => `team "${t}"`))}`,
        detail: `Copy the project folders of ${quotedList(repo.locations)} with their history (git filter-repo or subtree split), pyproject.toml and build.yaml included, add a dg.toml listing them (below), its own deploy workflow and CODEOWNERS from the download, and give its workflow its own registry login. Do not deploy from it yet.`,
        diff: newFileDiff(workspace(ctx, folders), `${repo.name}/${DG_TOML}`),
      },
    ];
  });
  return { drafts, files };
};

/** Cut-over (one repository today, one per team recommended): projects leave this dg.toml. */
export const moveDgToRepositories: StepBuilder = (ctx, files) => {
  if (!ctx.splitRepos) return { drafts: [], files };
  const groups = ctx.recommended.repos
    .map((repo) => ({ repo, indexes: importedIn(ctx, repo.locations) }))
    .filter((g) => g.indexes.length > 0);
  const leftAfter = (k: number): string[] => {
    const gone = new Set(groups.slice(0, k).flatMap((g) => g.indexes));
    return importedFolders(ctx).filter((_, i) => !gone.has(i));
  };
  const drafts = groups.map(({ repo }, k): Draft => {
    const keep = leftAfter(k + 1);
    return {
      id: `move-to-repository:${repo.name}`,
      kind: 'move-to-repository',
      title: `Deploy ${quotedList(repo.locations)} from "${repo.name}"`,
      detail: `In one change: the first deploy from ${repo.name} takes the locations over (same names), and their folders leave this repository's dg.toml so the two workflows do not overwrite each other. Each location reloads once.${
        keep.length === 0
          ? ' No project is left in this repository: retire its deploy workflow.'
          : ''
      }`,
      diff: fileDiff(workspace(ctx, leftAfter(k)), workspace(ctx, keep), DG_TOML),
    };
  });
  return { drafts, files };
};
