/**
 * The deploy pipeline against the configuration and the decision: every code location of the
 * repository must be built and deployed by it, it must build and deploy no location the
 * configuration lacks, and it must deploy only to the decision's deployments.
 */
import type { RepoContext } from './check-drift';
import { drift } from './finding';
import { builtLocations, type CiRead } from './read-ci';
import type { DriftFinding } from './types';

type Coverage = {
  built: Map<string, { file: string; line: number | null }>;
  deployed: Map<string, { file: string; line: number | null }>;
  /** A `set-build-output` in a loop over what was built: it deploys every built location. */
  deploysBuilt: { file: string; line: number | null } | null;
  deployments: { name: string; file: string; line: number | null }[];
};

const coverage = (pipelines: readonly CiRead[], candidates: readonly string[]): Coverage => {
  const out: Coverage = {
    built: new Map(),
    deployed: new Map(),
    deploysBuilt: null,
    deployments: [],
  };
  for (const ci of pipelines) {
    for (const [name, line] of builtLocations(ci, candidates)) {
      if (!out.built.has(name)) out.built.set(name, { file: ci.file, line });
    }
    for (const s of ci.setOutputs) {
      if (s.location === null) out.deploysBuilt ??= { file: ci.file, line: s.line };
      else if (!out.deployed.has(s.location)) {
        out.deployed.set(s.location, { file: ci.file, line: s.line });
      }
    }
    for (const d of ci.deployments)
      out.deployments.push({ name: d.text, file: ci.file, line: d.line });
  }
  return out;
};

const deploys = (c: Coverage, name: string): boolean =>
  c.deployed.has(name) || (c.deploysBuilt !== null && c.built.has(name));

/** Pipeline drift of one repository. */
export const ciDrift = (ctx: RepoContext): DriftFinding[] => {
  const { actual, expected, prefix, topology } = ctx;
  if (expected.ci.length === 0 || expected.config === null) return [];
  const firstExpected = expected.ci[0];
  if (actual.ci.length === 0) {
    return [
      drift(
        'ci-missing',
        `${prefix}${firstExpected?.file ?? ''}`,
        null,
        `Repository ${ctx.name} has no pipeline that deploys to Dagster+ (no set-build-output or deploy command in its workflows), so nothing it changes reaches Dagster+ the decision's way.`,
        `Restore ${firstExpected?.file ?? 'the deploy pipeline'} from the decision's files.`,
      ),
    ];
  }
  const locations = actual.config?.locations.map((l) => l.name).filter((n) => n !== '') ?? [];
  const candidates = [...locations, ...topology.repos.flatMap((r) => r.locations)];
  const want = coverage(expected.ci, candidates);
  const have = coverage(actual.ci, candidates);
  const first = actual.ci[0];
  const anchor = { file: first?.file ?? '', line: first?.deployLine ?? null };
  const out: DriftFinding[] = [];
  const configFile = actual.config?.file ?? 'dagster_cloud.yaml';
  for (const name of locations) {
    const setOutput = have.deployed.get(name);
    if (want.built.size > 0 && !have.built.has(name)) {
      const at = setOutput ?? anchor;
      out.push(
        drift(
          'ci-not-built',
          `${prefix}${at.file}`,
          at.line,
          `The pipeline never builds an image for code location "${name}" (no build whose image tag ends in "-${name}"), so its code never reaches Dagster+${setOutput !== undefined ? ' and the deploy points it at an image that was not pushed' : ''}.`,
          `Add the build step of "${name}" back (see the decision's ${firstExpected?.file ?? 'pipeline'}).`,
        ),
      );
    }
    if ((want.deployed.size > 0 || want.deploysBuilt !== null) && !deploys(have, name)) {
      const at = have.built.get(name) ?? anchor;
      out.push(
        drift(
          'ci-not-deployed',
          `${prefix}${at.file}`,
          at.line,
          `The pipeline never deploys code location "${name}" (no set-build-output --location-name=${name}), so Dagster+ keeps running its old image.`,
          `Add the set-build-output step of "${name}" back (see the decision's ${firstExpected?.file ?? 'pipeline'}).`,
        ),
      );
    }
  }
  const known = new Set(locations);
  const extra = new Map<string, { file: string; line: number | null }>();
  for (const [name, at] of [...have.built, ...have.deployed]) {
    if (!known.has(name) && !extra.has(name)) extra.set(name, at);
  }
  for (const [name, at] of extra) {
    out.push(
      drift(
        'ci-unknown-location',
        `${prefix}${at.file}`,
        at.line,
        `The pipeline builds or deploys code location "${name}", which ${configFile} does not have: the deploy fails or leaves a location nobody configures.`,
        `Remove the steps of "${name}", or add the location to ${configFile} if the decision has it.`,
      ),
    );
  }
  const deployments = new Set([
    ...topology.deployments.map((d) => d.name),
    ...want.deployments.map((d) => d.name),
  ]);
  for (const d of have.deployments) {
    if (deployments.has(d.name)) continue;
    out.push(
      drift(
        'ci-unknown-deployment',
        `${prefix}${d.file}`,
        d.line,
        `The pipeline deploys to deployment "${d.name}", which the decision does not have (it has ${[...topology.deployments.map((x) => `"${x.name}"`)].join(', ')}).`,
        `Deploy to one of the decision's deployments, or add the deployment in the app and check with the new link.`,
      ),
    );
  }
  return out;
};
