/**
 * `dagster_cloud.yaml` per repository, in the legacy single-file format the `dagster-cloud` CLI
 * validates (dagster-facts.md §1): one location per project with exactly one `code_source` key,
 * `build.directory`, the shared `build.registry` under `defaults`, and `agent_queue` where the topology routes to a named
 * queue. The file is typed by the same zod schema that validates it.
 */
import { headerLines } from './header';
import type { DagsterCloudLocation, DagsterCloudYaml } from './dagster-cloud-schema';
import { registryFor, repoFilePath, repoLocations } from './placement';
import { toYaml } from './to-yaml';
import type { Emitter } from './types';

export const emitDagsterCloudYaml: Emitter = (answers, topology, ctx) =>
  topology.repos.map((repo) => {
    const registry = registryFor(answers, repo.name);
    const locations = repoLocations(topology, repo).map((l): DagsterCloudLocation => ({
      location_name: l.name,
      code_source: { package_name: l.packageName },
      build: { directory: l.directory },
      ...(l.agentQueue === null ? {} : { agent_queue: l.agentQueue }),
    }));
    // The registry is shared, so it lives in `defaults` (deep-merged into each location's build).
    const file: DagsterCloudYaml = { defaults: { build: { registry } }, locations };
    const notes = [
      `Code locations of the ${repo.name} repository (legacy dagster_cloud.yaml format).`,
      `defaults.build.registry (merged into every location) must equal IMAGE_REGISTRY in the deploy workflow.`,
      ...(locations.some((l) => l.agent_queue !== undefined)
        ? ['agent_queue routes each location to the agents serving that queue (Dagster+ Pro).']
        : []),
    ];
    return {
      path: repoFilePath(topology, repo.name, 'dagster_cloud.yaml'),
      repo: repo.name,
      kind: 'yaml' as const,
      content: toYaml(file, headerLines(ctx, notes)),
      description: `Code locations of ${repo.name}: one per project, with its package, build folder${
        locations.some((l) => l.agent_queue !== undefined) ? ' and agent queue' : ''
      }.`,
    };
  });
