/**
 * Every version the generated files pin (GitHub actions, container images), in one table
 * (issue #10 §3: "pin only tags that exist"). Emitters take their pins from here and SETUP.md
 * lists them; where each tag was read, with its commit, is `PIN_SOURCES` in sources.ts (one row
 * per pin, checked by the compiler), kept apart so the app does not ship the citations.
 */

export type Pin = {
  /** What is pinned, as it appears in a file (an action or image without its tag). */
  readonly name: string;
  /** The tag written after `@` (actions) or `:` (images). */
  readonly tag: string;
};

export const PINS = {
  dagsterCloudAction: {
    name: 'dagster-io/dagster-cloud-action/actions/utils/*',
    tag: 'v1.13.7',
  },
  dagsterCloudCliImage: {
    name: 'ghcr.io/dagster-io/dagster-cloud-action',
    tag: '1.13.7',
  },
  checkout: {
    name: 'actions/checkout',
    tag: 'v4',
  },
  pathsFilter: {
    name: 'dorny/paths-filter',
    tag: 'v3',
  },
  setupBuildx: {
    name: 'docker/setup-buildx-action',
    tag: 'v3',
  },
  buildPush: {
    name: 'docker/build-push-action',
    tag: 'v6',
  },
  dockerLogin: {
    name: 'docker/login-action',
    tag: 'v3',
  },
  awsCredentials: {
    name: 'aws-actions/configure-aws-credentials',
    tag: 'v4',
  },
  ecrLogin: {
    name: 'aws-actions/amazon-ecr-login',
    tag: 'v2',
  },
  docker: {
    name: 'docker',
    tag: '27',
  },
} as const satisfies Record<string, Pin>;

export type PinId = keyof typeof PINS;

/** `name@tag` for an action, `name:tag` for an image. */
export const actionRef = (id: PinId, path?: string): string =>
  `${path ?? PINS[id].name}@${PINS[id].tag}`;
export const imageRef = (id: PinId, suffix = ''): string =>
  `${PINS[id].name}:${PINS[id].tag}${suffix}`;
