/**
 * Where every version fact of the generated files was read: the public source of each version
 * gate and of each pinned tag, with its commit. The README's "The Dagster version" and "Pinned
 * versions" tables are written from here (readme.test.ts keeps them equal); the app itself does
 * not load this module, so the citations cost its bundle nothing. `satisfies Record<Id, string>`
 * makes a gate or a pin without a source a compile error.
 */
import { VERSION_GATES, type VersionGateId } from './dagster-version';
import { PINS, type PinId } from './pinned';

const ACTION_REPO = 'dagster-io/dagster-cloud-action';

/** What each gate changes in the files, as the README words it. */
export const VERSION_GATE_NOTES = {
  agentQueues: 'agent queues (agents read `agent_queues`; locations name an `agent_queue`)',
  dgDeployConfigure:
    '`dg plus deploy configure` scaffolds the dg deploy files and GitHub CI (GitLab CI from 1.12.4)',
  codeLocationRunTag:
    'every run carries a `dagster/code_location` tag, so per-location run limits need no tags of your own',
  dgIsTheNorm:
    '`dagster-cloud ci check` is deprecated in favour of `dg plus deploy`: dg project files are the default',
} as const satisfies Record<VersionGateId, string>;

export const VERSION_GATE_SOURCES = {
  agentQueues:
    'dagster-io/dagster-cloud 8113d4a "Release 1.6.0": `agent_queues` in the agent config and `agent_queue` in the location schema',
  dgDeployConfigure:
    'dagster-io/dagster CHANGES.md, 1.12.2 ("Added new `dg plus deploy configure` CLI group") and 1.12.4 ("CI workflows for Gitlab projects can now be scaffolded"); released in dagster-io/dagster-cloud a9c073f (Release 1.12.2) and 9ab9016 (Release 1.12.4). dagster-facts.md §8 says 1.12.4 for the command: that is the GitLab addition',
  codeLocationRunTag:
    'Dagster changelog 1.12.9 (dagster-io/dagster PR #32715); docs guides/operate/managing-concurrency/run-tag-limits.md @6005cfc2',
  dgIsTheNorm:
    'Dagster changelog 1.12.11; dagster-io/dagster dagster_cloud_cli/commands/ci/__init__.py @00882f71 (deprecation warning)',
} as const satisfies Record<VersionGateId, string>;

export const PIN_SOURCES = {
  dagsterCloudAction: `${ACTION_REPO} tag v1.13.7 (commit e12f3936, 2026-05-28): the newest release tag readable, same commit as \`latest\``,
  dagsterCloudCliImage: `${ACTION_REPO} gitlab/hybrid-ci.yml at tag v1.13.7 pins this image; 1.13.9 is not a tag any source shows`,
  checkout: 'actions/checkout tag v4 (11d5960); v7 exists',
  pathsFilter: 'dorny/paths-filter tag v3 (d1c1ffe); v4 exists',
  setupBuildx: 'docker/setup-buildx-action tag v3 (8d2750c); v4 exists',
  buildPush: 'docker/build-push-action tag v6 (10e90e3); v7 exists',
  dockerLogin: 'docker/login-action tag v3 (c94ce9f); v4 exists',
  awsCredentials: 'aws-actions/configure-aws-credentials tag v4 (7474bc4); v6 exists',
  ecrLogin: 'aws-actions/amazon-ecr-login tag v2 (03f1aad), the newest major',
  docker:
    'Docker Hub official image `docker` (and `27-dind`): GitLab documents this setup; the registry was not readable here',
} as const satisfies Record<PinId, string>;

/** The gates as a Markdown table (since, what, source) for the README. */
export const versionGatesMarkdown = (): string =>
  [
    '| Since | What the files do | Source |',
    '| --- | --- | --- |',
    ...(Object.keys(VERSION_GATES) as VersionGateId[]).map(
      (id) => `| ${VERSION_GATES[id]} | ${VERSION_GATE_NOTES[id]} | ${VERSION_GATE_SOURCES[id]} |`,
    ),
  ].join('\n');

/** The pins as a Markdown table (what, tag, source) for the README. */
export const pinsMarkdown = (): string =>
  [
    '| Pinned | Source |',
    '| --- | --- |',
    ...(Object.keys(PINS) as PinId[]).map(
      (id) =>
        `| \`${id === 'dagsterCloudAction' ? `${ACTION_REPO}/actions/utils/*@${PINS[id]}` : PINS[id]}\` | ${PIN_SOURCES[id]} |`,
    ),
  ].join('\n');
