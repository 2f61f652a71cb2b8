/**
 * Every version the generated files pin (GitHub actions, container images), in one table with the
 * source each was read from (issue #10 §3: "pin only tags that exist"). Emitters take their pins
 * from here and SETUP.md lists the table, so a bump is one row and its source.
 */

export type Pin = {
  /** What is pinned, as it appears in a file (an action or image without its tag). */
  readonly name: string;
  /** The tag written after `@` (actions) or `:` (images). */
  readonly tag: string;
  /** Where the tag was read, with its commit; newer tags noted, not taken. */
  readonly source: string;
};

const ACTION_REPO = 'dagster-io/dagster-cloud-action';

export const PINS = {
  dagsterCloudAction: {
    name: `${ACTION_REPO}/actions/utils/*`,
    tag: 'v1.13.7',
    source: `${ACTION_REPO} tag v1.13.7 (commit e12f3936, 2026-05-28): the newest release tag readable, same commit as \`latest\``,
  },
  dagsterCloudCliImage: {
    name: 'ghcr.io/dagster-io/dagster-cloud-action',
    tag: '1.13.7',
    source: `${ACTION_REPO} gitlab/hybrid-ci.yml at tag v1.13.7 pins this image; 1.13.9 is not a tag any source shows`,
  },
  checkout: {
    name: 'actions/checkout',
    tag: 'v4',
    source: 'actions/checkout tag v4 (11d5960); v7 exists',
  },
  pathsFilter: {
    name: 'dorny/paths-filter',
    tag: 'v3',
    source: 'dorny/paths-filter tag v3 (d1c1ffe); v4 exists',
  },
  setupBuildx: {
    name: 'docker/setup-buildx-action',
    tag: 'v3',
    source: 'docker/setup-buildx-action tag v3 (8d2750c); v4 exists',
  },
  buildPush: {
    name: 'docker/build-push-action',
    tag: 'v6',
    source: 'docker/build-push-action tag v6 (10e90e3); v7 exists',
  },
  dockerLogin: {
    name: 'docker/login-action',
    tag: 'v3',
    source: 'docker/login-action tag v3 (c94ce9f); v4 exists',
  },
  awsCredentials: {
    name: 'aws-actions/configure-aws-credentials',
    tag: 'v4',
    source: 'aws-actions/configure-aws-credentials tag v4 (7474bc4); v6 exists',
  },
  ecrLogin: {
    name: 'aws-actions/amazon-ecr-login',
    tag: 'v2',
    source: 'aws-actions/amazon-ecr-login tag v2 (03f1aad), the newest major',
  },
  docker: {
    name: 'docker',
    tag: '27',
    source:
      'Docker Hub official image `docker` (and `27-dind`): GitLab documents this setup; the registry was not readable here',
  },
} as const satisfies Record<string, Pin>;

export type PinId = keyof typeof PINS;

/** `name@tag` for an action, `name:tag` for an image. */
export const actionRef = (id: PinId, path?: string): string =>
  `${path ?? PINS[id].name}@${PINS[id].tag}`;
export const imageRef = (id: PinId, suffix = ''): string =>
  `${PINS[id].name}:${PINS[id].tag}${suffix}`;

/** The pins as a Markdown table (what, tag, source) for the README. */
export const pinsMarkdown = (): string =>
  [
    '| Pinned | Tag | Source |',
    '| --- | --- | --- |',
    ...Object.values(PINS).map((p) => `| \`${p.name}\` | \`${p.tag}\` | ${p.source} |`),
  ].join('\n');
