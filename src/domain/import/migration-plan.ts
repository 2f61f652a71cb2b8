/**
 * The way from today's setup (read from the files) to the recommended topology, as ordered steps
 * with the config diff each implies. Order follows what keeps things running: first everything
 * that needs no downtime (convert the file, create deployments, install agents and add queues,
 * grant teams, create repositories, deploy to new deployments), then the brief cut-overs
 * (rename, route locations to queues, move locations between repositories and deployments),
 * then the clean-up (stop serving queues nothing uses any more).
 *
 * Each step is a builder of its own (in ./migration/) that reads one context and the files as
 * the steps before it left them, and returns its drafts and the files after: dagster_cloud.yaml
 * and agent configs diffed before and after each step; the Terraform target's
 * `terraform/main.tf.json` likewise (created by the first step that needs it, grown by the next);
 * deployment settings as new files; CI jobs as fragments of the workflow (which is not imported),
 * taken from the emitters as data.
 */
import { pushAll } from '../list';
import type { Answers } from '../questionnaire/schemas';
import type { Topology } from '../topology/types';
import type { CurrentState } from './current-state';
import { agentSteps, stopDefaultQueueSteps } from './migration/agent-steps';
import { planContext } from './migration/context';
import {
  createDeployments,
  deployToDeployments,
  grantTeams,
  removeFromDeployments,
} from './migration/deployment-steps';
import {
  addDgProjects,
  createDgRepositories,
  moveDgToRepositories,
  renameDgProjects,
  routeDgProjects,
} from './migration/dg-location-steps';
import type { StepBuilder, WorkingFiles } from './migration/files';
import {
  addLocations,
  convertListForm,
  createRepositories,
  moveToRepositories,
  renameLocations,
  routeLocations,
} from './migration/location-steps';
import { STEP_KINDS, type Draft, type MigrationStep } from './migration/types';
import type { MigrationKit } from './migration-kit';
import type { ImportedDagsterCloudYaml } from './types';

export { STEP_KINDS, type Downtime, type MigrationStep, type StepKind } from './migration/types';

/**
 * The builders in the order they add steps; `planMigration` then orders the steps by phase,
 * keeping this order inside each phase.
 */
const STEP_BUILDERS: readonly StepBuilder[] = [
  convertListForm,
  createDeployments,
  (ctx, files) => ({ drafts: agentSteps(ctx), files }),
  grantTeams,
  createRepositories,
  addLocations,
  deployToDeployments,
  renameLocations,
  routeLocations,
  moveToRepositories,
  removeFromDeployments,
  (ctx, files) => ({ drafts: stopDefaultQueueSteps(ctx), files }),
];

/**
 * The builders for an imported dg repository: the location steps speak of and diff the dg files
 * (dg-location-steps.ts) instead of dagster_cloud.yaml; the others are the same.
 */
const DG_INSTEAD = new Map<StepBuilder, StepBuilder>([
  [createRepositories, createDgRepositories],
  [addLocations, addDgProjects],
  [renameLocations, renameDgProjects],
  [routeLocations, routeDgProjects],
  [moveToRepositories, moveDgToRepositories],
]);
const DG_STEP_BUILDERS = STEP_BUILDERS.map((build) => DG_INSTEAD.get(build) ?? build);

const NOTHING_TO_DO: Draft = {
  id: 'nothing-to-do',
  kind: 'nothing-to-do',
  title: 'Nothing to change',
  detail: "Today's files already match the recommended setup.",
};

/**
 * Steps from `current` (read from the files) to `recommended`, in a safe order. `imported` is
 * the parsed dagster_cloud.yaml (or dg repository, whose plan speaks of dg files) whose locations
 * the recommended topology's projects came from
 * (project names as `importToAnswers` gives them). `given` are the answers `recommended` was built
 * from; without them the Terraform grants assume no separation of duties and the CI jobs assume
 * GitHub Actions with the default answers (the steps' details say so).
 */
export const planMigration = (
  current: CurrentState,
  recommended: Topology,
  imported: ImportedDagsterCloudYaml,
  kit: MigrationKit,
  given?: Answers,
): MigrationStep[] => {
  const ctx = planContext(current, recommended, imported, kit, given);
  const start: WorkingFiles = {
    config: { defaults: imported.defaults, locations: imported.locations.map((l) => l.raw) },
    terraform: null,
  };
  const drafts: Draft[] = [];
  (imported.form === 'dg' ? DG_STEP_BUILDERS : STEP_BUILDERS).reduce((files, build) => {
    const out = build(ctx, files);
    pushAll(drafts, out.drafts);
    return out.files;
  }, start);
  if (drafts.length === 0) drafts.push(NOTHING_TO_DO);

  // Stable by phase: preparation (no downtime), cut-over (brief), clean-up (no downtime).
  return drafts
    .map((d, i) => ({ d, i }))
    .sort((a, b) => STEP_KINDS[a.d.kind].phase - STEP_KINDS[b.d.kind].phase || a.i - b.i)
    .map(({ d }, i) => ({ ...d, downtime: STEP_KINDS[d.kind].downtime, order: i + 1 }));
};
