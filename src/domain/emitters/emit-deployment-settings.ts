/**
 * Deployment settings (`deployments/<name>/deployment_settings.yaml`, applied with
 * `dagster-cloud deployment settings set-from-file`) for every deployment where a high-volume
 * project shares the run queue with others: the run queue is per deployment, so runs are capped
 * by tag (dagster-facts.md §4, §7.1, §8): per code location through `dagster/code_location` from
 * Dagster 1.12.9, by tags the user sets before that or when no version is stated.
 */
import { uniqueInOrder } from '../questionnaire/schemas';
import type { DeploymentNode } from '../topology/types';
import { hasFeature, VERSION_GATES } from '../versions/dagster-version';
import { headerLines } from './header';
import { toYaml } from './to-yaml';
import type { Emitter } from './types';

/** Dagster+'s documented default; written out so the tag limits below read against it. */
export const MAX_CONCURRENT_RUNS = 10;
/** Share of the run queue one team may take when several teams share a deployment. */
export const TEAM_RUN_LIMIT = 6;
/** Share of the run queue one high-volume project may take. */
export const HIGH_VOLUME_RUN_LIMIT = 4;
/** Run tag keys the limits match; users must set them on jobs/assets (see SETUP.md). */
export const TEAM_TAG = 'team';
export const PROJECT_TAG = 'project';

const locationsOfDeployment = (d: DeploymentNode) => d.agents.flatMap((a) => a.locations);

/** True when a high-volume location shares `deployment` with at least one other location. */
export const needsRunLimits = (deployment: DeploymentNode): boolean => {
  const locations = locationsOfDeployment(deployment);
  return locations.length > 1 && locations.some((l) => l.highVolume);
};

/** Runs one code location may hold at once under per-location run limits (1.12.9+). */
export const LOCATION_RUN_LIMIT = HIGH_VOLUME_RUN_LIMIT;
/** The run tag every run carries since Dagster 1.12.9 (VERSION_GATES.codeLocationRunTag). */
export const CODE_LOCATION_TAG = 'dagster/code_location';

/** What the limits need, in the words SETUP.md and the results page use too. */
export const runLimitNote = (version: string | null): string => {
  const since = VERSION_GATES.codeLocationRunTag;
  return hasFeature(version, 'codeLocationRunTag')
    ? `Per-location run limits: each code location may hold ${LOCATION_RUN_LIMIT} runs, by the ${CODE_LOCATION_TAG} tag every run carries since ${since} (for Dagster+ runs per the docs: mildly UNCERTAIN).`
    : `Per-location run limits need Dagster ${since}+ (the ${CODE_LOCATION_TAG} run tag); until then a ${PROJECT_TAG} job tag caps high-volume projects (asset tags are not run tags).`;
};

/** One `tag_concurrency_limits` entry: a fixed tag value, or each distinct value of the tag. */
type TagLimit = {
  key: string;
  value: string | { applyLimitPerUniqueValue: true };
  limit: number;
};

/**
 * The settings of a deployment that `needsRunLimits`: where the file goes, the settings, and the
 * notes its header carries (how to apply them). With Dagster 1.12.9 or later each code location is
 * capped through the `dagster/code_location` tag every run carries; otherwise (or with no version
 * stated) high-volume projects are capped by a `project` tag the user sets.
 */
export const deploymentSettingsOf = (deployment: DeploymentNode, version: string | null = null) => {
  const locations = locationsOfDeployment(deployment);
  const teams = uniqueInOrder(locations.map((l) => l.team));
  const busy = locations.filter((l) => l.highVolume);
  const perLocation = hasFeature(version, 'codeLocationRunTag');
  const limits: TagLimit[] = [
    ...(teams.length > 1
      ? teams.map((team) => ({ key: TEAM_TAG, value: team, limit: TEAM_RUN_LIMIT }))
      : []),
    ...(perLocation
      ? [
          {
            key: CODE_LOCATION_TAG,
            value: { applyLimitPerUniqueValue: true } as const,
            limit: LOCATION_RUN_LIMIT,
          },
        ]
      : busy.map((l) => ({ key: PROJECT_TAG, value: l.name, limit: HIGH_VOLUME_RUN_LIMIT }))),
  ];
  const settings = {
    concurrency: {
      runs: { max_concurrent_runs: MAX_CONCURRENT_RUNS, tag_concurrency_limits: limits },
    },
  };
  const notes = [
    `Run queue limits for deployment ${deployment.name}: ${busy.map((l) => l.name).join(', ')} ${
      busy.length === 1 ? 'is' : 'are'
    } high-volume and share${busy.length === 1 ? 's' : ''} the queue with other locations.`,
    `Apply: dagster-cloud deployment settings set-from-file deployment_settings.yaml --deployment ${deployment.name}`,
    `(merge with your current settings first: dagster-cloud deployment settings get).`,
    runLimitNote(version),
    ...(teams.length > 1
      ? [`The ${TEAM_TAG} limits count only runs whose job carries a ${TEAM_TAG}=<team> tag.`]
      : []),
  ];
  return { path: `deployments/${deployment.name}/deployment_settings.yaml`, settings, notes };
};

export const emitDeploymentSettings: Emitter = (answers, topology, ctx) =>
  topology.deployments.filter(needsRunLimits).map((deployment) => {
    const { path, settings, notes } = deploymentSettingsOf(deployment, answers.dagsterVersion);
    return {
      path,
      repo: null,
      kind: 'yaml' as const,
      content: toYaml(settings, headerLines(ctx, notes)),
      description: `Run concurrency limits for ${deployment.name} so a busy project cannot fill the shared run queue.`,
    };
  });
