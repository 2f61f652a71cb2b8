/**
 * `dagster_cloud.yaml` per repository, in the legacy single-file format the `dagster-cloud` CLI
 * validates (dagster-facts.md §1): one location per project with exactly one `code_source` key,
 * `build.directory` and `build.registry`, and `agent_queue` where the topology routes to a named
 * queue. The file is typed by the same zod schema that validates it. Not written for the dg
 * format (config-format.ts), whose files replace it.
 *
 * The registry is written in every location, not once under `defaults`: `dagster-cloud ci
 * set-build-output` reads `build.registry` from the location entry without merging `defaults`
 * (dagster-cloud-cli `commands/ci/__init__.py`, `set_build_output_impl`, which errors "No
 * build:registry: defined for location") so a registry only in `defaults` breaks every deploy.
 */
import { configFormatOf } from './config-format';
import { headerLines } from './header';
import type { DagsterCloudLocation, DagsterCloudYaml } from './dagster-cloud-schema';
import { registryFor, repoFilePath, repoLocations } from './placement';
import { toYaml } from './to-yaml';
import type { Emitter } from './types';

export const emitDagsterCloudYaml: Emitter = (answers, topology, ctx) =>
  configFormatOf(answers, topology).format === 'dg' ? [] : emitLegacyFiles(answers, topology, ctx);

const emitLegacyFiles: Emitter = (answers, topology, ctx) =>
  topology.repos.map((repo) => {
    const registry = registryFor(answers, repo.name);
    const locations = repoLocations(topology, repo).map((l): DagsterCloudLocation => ({
      location_name: l.name,
      code_source: { package_name: l.packageName },
      build: { directory: l.directory, registry },
      ...(l.agentQueue === null ? {} : { agent_queue: l.agentQueue }),
    }));
    const file: DagsterCloudYaml = { locations };
    const notes = [
      `Code locations of the ${repo.name} repository (legacy dagster_cloud.yaml format).`,
      `build.registry must equal IMAGE_REGISTRY in the deploy pipeline; it is repeated in every location`,
      `because dagster-cloud ci set-build-output does not read defaults.`,
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
