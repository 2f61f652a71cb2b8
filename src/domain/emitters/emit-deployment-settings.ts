/**
 * Deployment settings (`deployments/<name>/deployment_settings.yaml`, applied with
 * `dagster-cloud deployment settings set-from-file`) for every deployment where a high-volume
 * project shares the run queue with others: the run queue is per deployment and there is no
 * per-code-location limit (dagster-facts.md §4, §7.1), so runs are capped by tag instead.
 */
import { uniqueInOrder } from '../questionnaire/schemas';
import type { DeploymentNode } from '../topology/types';
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

/**
 * The settings of a deployment that `needsRunLimits`: where the file goes, the settings, and the
 * notes its header carries (how to apply them).
 */
export const deploymentSettingsOf = (deployment: DeploymentNode) => {
  const locations = locationsOfDeployment(deployment);
  const teams = uniqueInOrder(locations.map((l) => l.team));
  const busy = locations.filter((l) => l.highVolume);
  const limits = [
    ...(teams.length > 1
      ? teams.map((team) => ({ key: TEAM_TAG, value: team, limit: TEAM_RUN_LIMIT }))
      : []),
    ...busy.map((l) => ({ key: PROJECT_TAG, value: l.name, limit: HIGH_VOLUME_RUN_LIMIT })),
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
    `Limits only match runs tagged ${TEAM_TAG}=<team>${busy.length > 0 ? ` / ${PROJECT_TAG}=<location>` : ''}: tag every job or asset.`,
    'UNCERTAIN: whether Dagster+ tags runs with their code location automatically is not confirmed,',
    'so these limits rely on your own tags.',
  ];
  return { path: `deployments/${deployment.name}/deployment_settings.yaml`, settings, notes };
};

export const emitDeploymentSettings: Emitter = (_answers, topology, ctx) =>
  topology.deployments.filter(needsRunLimits).map((deployment) => {
    const { path, settings, notes } = deploymentSettingsOf(deployment);
    return {
      path,
      repo: null,
      kind: 'yaml' as const,
      content: toYaml(settings, headerLines(ctx, notes)),
      description: `Run concurrency limits for ${deployment.name} so a busy project cannot fill the shared run queue.`,
    };
  });
