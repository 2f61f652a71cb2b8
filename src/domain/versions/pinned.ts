/**
 * Every version the generated files pin (GitHub actions, container images), in one table, each
 * written as the files write it (issue #10 §3: "pin only tags that exist"). Emitters take their
 * pins from here; where each tag was read, with its commit, is `PIN_SOURCES` in sources.ts (one
 * row per pin, checked by the compiler), kept apart so the app does not ship the citations.
 */
export const PINS = {
  /** The tag of every dagster-io/dagster-cloud-action/actions/utils/* action. */
  dagsterCloudAction: 'v1.13.7',
  dagsterCloudCliImage: 'ghcr.io/dagster-io/dagster-cloud-action:1.13.7',
  checkout: 'actions/checkout@v4',
  pathsFilter: 'dorny/paths-filter@v3',
  setupBuildx: 'docker/setup-buildx-action@v3',
  buildPush: 'docker/build-push-action@v6',
  dockerLogin: 'docker/login-action@v3',
  awsCredentials: 'aws-actions/configure-aws-credentials@v4',
  ecrLogin: 'aws-actions/amazon-ecr-login@v2',
  /** Docker client image; the Docker-in-Docker service is the same tag with `-dind`. */
  docker: 'docker:27',
} as const satisfies Record<string, string>;

export type PinId = keyof typeof PINS;
