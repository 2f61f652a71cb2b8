/**
 * `.gitlab-ci.yml` per repository when `answers.ci` is `gitlab`, in the shape of the official
 * template (dagster-io/dagster-cloud-action `gitlab/hybrid-ci.yml`) with the `dagster-cloud ci`
 * commands (dagster-facts.md §3): `ci check`, then one Docker build per code location (a `docker`
 * image with a `docker:dind` service), then, per deployment, one job that runs `ci init` with
 * `--project-dir` / `--dagster-cloud-yaml-path` / `--deployment`, `ci set-build-output` for each
 * built location and `ci deploy`. The build session (`DAGSTER_BUILD_STATEDIR`) lives inside that
 * one deploy job, so no state has to travel between jobs.
 *
 * When a repository holds several locations, each build job has `rules:changes` on its folder
 * (plus the files that rebuild everything) and leaves a marker file as an artifact; the deploy
 * job reads the markers of the jobs that ran and initialises the session with exactly those
 * locations. Jobs without `needs` get the artifacts of every earlier-stage job, so no 50-job
 * `needs` limit applies. Merge requests deploy to a branch deployment (a separate job with a
 * GitLab environment whose `on_stop` job closes it, as in the official template).
 */
import type { Answers } from '../questionnaire/schemas';
import type { LocationNode, RepoNode, Topology } from '../topology/types';
import {
  gitlabTokenVariable,
  repoGuardOf,
  repoTokenNames,
  targetTakesBranchDeployments,
  type RepoGuard,
} from './ci-guards';
import { dockerfileNote } from './ci-notes';
import { DRIFT_JOB, gitlabDriftJob, gitlabDriftNotes } from './emit-drift-check';
import { headerLines } from './header';
import { GITLAB_GLOBAL_KEYS, type GitlabJob, type GitlabRule } from './gitlab-ci-schema';
import { PINS } from '../versions/pinned';
import { configFormatOf } from './config-format';
import { deployCommands, type DeployCommands } from './deploy-commands';
import { deployTargetsOf, registryFor, repoFilePath, type DeployTarget } from './placement';
import { toYaml } from './to-yaml';
import { checkedByNotes } from './validation-claims';
import type { EmitContext, GeneratedFile } from './types';

export const GITLAB_CI_PATH = '.gitlab-ci.yml';
/**
 * Image with the dagster-cloud CLI (and dg: its dagster-cloud.pex bundles dagster-dg-cli), pinned
 * as in the official GitLab template (versions/pinned.ts).
 */
export const DAGSTER_CLOUD_CLI_IMAGE = PINS.dagsterCloudCliImage;
/** Docker client and Docker-in-Docker service for image builds (GitLab's documented setup). */
export const DOCKER_IMAGE = PINS.docker;
export const DOCKER_DIND_SERVICE = `${PINS.docker}-dind`;
/** Folder of the marker files build jobs leave for the deploy job, one sub-folder per target. */
export const BUILT_MARKERS = '.dagster-built';

const MERGE_REQUEST = '$CI_PIPELINE_SOURCE == "merge_request_event"';
const DEFAULT_BRANCH = '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH';
const STAGING_BRANCH = '$CI_COMMIT_BRANCH == "staging"';

/** The deploy commands in this pipeline's shell, for the repository's config format. */
const commandsOf = (answers: Answers, topology: Topology): DeployCommands =>
  deployCommands(configFormatOf(answers, topology).format, '$DAGSTER_PROJECT_DIR');

/** Files whose change rebuilds every location (paths relative to the repository root). */
const sharedChanges = (answers: Answers, cmd: DeployCommands): string[] => [
  ...cmd.configFiles,
  GITLAB_CI_PATH,
  ...(answers.share === 'none' ? [] : ['shared/**/*']),
];

const registryLogin = (answers: Answers, registry: string): string[] =>
  answers.agent === 'ecs'
    ? [
        'apk add --no-cache aws-cli',
        `aws ecr get-login-password --region "$AWS_REGION" | docker login --username AWS --password-stdin ${registry.split('/')[0] ?? registry}`,
      ]
    : [
        'echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"',
      ];

/** `docker build` arguments: the project folder, or the repository root when code is shared. */
const buildArgs = (answers: Answers, l: LocationNode): string =>
  answers.share === 'none' ? `./${l.directory}` : `-f ./${l.directory}/Dockerfile .`;

const buildJob = (
  answers: Answers,
  cmd: DeployCommands,
  registry: string,
  target: DeployTarget,
  l: LocationNode,
  filtered: boolean,
): GitlabJob => {
  const image = `"$IMAGE_REGISTRY:$IMAGE_TAG-${l.name}"`;
  const marker = `${BUILT_MARKERS}/${target.production}`;
  return {
    stage: 'build',
    image: DOCKER_IMAGE,
    services: [DOCKER_DIND_SERVICE],
    variables: { DOCKER_TLS_CERTDIR: '/certs' },
    ...(filtered
      ? { rules: [{ changes: [`${l.directory}/**/*`, ...sharedChanges(answers, cmd)] }] }
      : {}),
    before_script: registryLogin(answers, registry),
    script: [
      `docker build -t ${image} ${buildArgs(answers, l)}`,
      `docker push ${image}`,
      ...(filtered ? [`mkdir -p ${marker} && touch ${marker}/${l.name}`] : []),
    ],
    ...(filtered ? { artifacts: { paths: [`${marker}/${l.name}`], expire_in: '1 day' } } : {}),
  };
};

/** Starts the deploy session of `$DAGSTER_DEPLOYMENT` with the merge request's git metadata. */
const init = (cmd: DeployCommands): string =>
  `${cmd.bin} ${cmd.start} --deployment=$DAGSTER_DEPLOYMENT --git-url=$CI_PROJECT_URL/-/commit/$CI_COMMIT_SHA --commit-hash=$CI_COMMIT_SHA --status-url=$CI_PIPELINE_URL`;

/** Initialise the session with the built locations, record their images, deploy. */
const deployScript = (cmd: DeployCommands, target: DeployTarget, filtered: boolean): string[] => {
  const finish = [`${cmd.bin} ${cmd.finish}`, 'dagster-cloud ci status --output-format=markdown'];
  if (!filtered) {
    return [
      `${init(cmd)} ${target.locations.map((l) => `--location-name=${l.name}`).join(' ')}`,
      ...target.locations.map(
        (l) => `${cmd.bin} ${cmd.setBuildOutput(l.name, `$IMAGE_TAG-${l.name}`)}`,
      ),
      ...finish,
    ];
  }
  const markers = `${BUILT_MARKERS}/${target.production}`;
  return [
    `if [ ! -d ${markers} ]; then echo "No code location of ${target.production} changed."; exit 0; fi`,
    `LOCATIONS=$(ls ${markers})`,
    `${init(cmd)} $(for l in $LOCATIONS; do echo "--location-name=$l"; done)`,
    `for l in $LOCATIONS; do ${cmd.bin} ${cmd.setBuildOutput('"$l"', '"$IMAGE_TAG-$l"')}; done`,
    ...finish,
  ];
};

/** The target's changes rule: any of its location folders or a shared file. */
const targetChanges = (
  answers: Answers,
  cmd: DeployCommands,
  target: DeployTarget,
  filtered: boolean,
) =>
  filtered
    ? {
        changes: [
          ...target.locations.map((l) => `${l.directory}/**/*`),
          ...sharedChanges(answers, cmd),
        ],
      }
    : {};

/** The token of `deployment` (null: branch deployments) as job variables, when tokens are split. */
const tokenVariable = (guard: RepoGuard, deployment: string | null) =>
  guard.split ? { DAGSTER_CLOUD_API_TOKEN: gitlabTokenVariable(deployment) } : {};

const deployJobs = (
  answers: Answers,
  topology: Topology,
  cmd: DeployCommands,
  target: DeployTarget,
  filtered: boolean,
  single: boolean,
  guard: RepoGuard,
): GitlabJobs => {
  const name = single ? 'deploy' : `deploy-${target.production}`;
  const changes = targetChanges(answers, cmd, target, filtered);
  const common = { stage: 'deploy', image: DAGSTER_CLOUD_CLI_IMAGE };
  const branchRules: GitlabRule[] = [
    { if: MERGE_REQUEST, when: 'never' },
    ...(target.staging === null
      ? []
      : [
          {
            if: STAGING_BRANCH,
            ...changes,
            variables: {
              DAGSTER_DEPLOYMENT: target.staging,
              ...tokenVariable(guard, target.staging),
            },
          },
        ]),
    filtered ? changes : { when: 'on_success' },
  ];
  return [
    [
      name,
      {
        ...common,
        variables: {
          DAGSTER_DEPLOYMENT: target.production,
          ...tokenVariable(guard, target.production),
        },
        rules: branchRules,
        script: deployScript(cmd, target, filtered),
        // A protected environment (Premium) can restrict who runs it; the token may be scoped to it.
        ...(guard.split ? { environment: { name: 'dagster-$DAGSTER_DEPLOYMENT' } } : {}),
      },
    ] satisfies [string, GitlabJob],
    ...(targetTakesBranchDeployments(topology, target)
      ? [
          [
            `${name}-branch`,
            {
              ...common,
              variables: { DAGSTER_DEPLOYMENT: target.production, ...tokenVariable(guard, null) },
              rules: [{ if: MERGE_REQUEST, ...changes }],
              script: deployScript(cmd, target, filtered),
              environment: { name: 'branch/$CI_COMMIT_REF_NAME', on_stop: 'close-branch' },
            },
          ] satisfies [string, GitlabJob],
        ]
      : []),
  ];
};

const closeBranchJob = (guard: RepoGuard): GitlabJob => ({
  stage: 'deploy',
  image: DAGSTER_CLOUD_CLI_IMAGE,
  ...(guard.split ? { variables: tokenVariable(guard, null) } : {}),
  rules: [{ if: MERGE_REQUEST, when: 'manual', allow_failure: true }],
  script: ['dagster-cloud ci branch-deployment $DAGSTER_PROJECT_DIR --mark-closed'],
  environment: { name: 'branch/$CI_COMMIT_REF_NAME', action: 'stop' },
});

/**
 * The configuration check: with split tokens it uses the least-privileged one, the
 * branch-deployment token; a repository with no branch deployments runs no merge-request
 * pipeline, so its check runs on its first deployment's token.
 */
const checkJob = (
  guard: RepoGuard,
  targets: readonly DeployTarget[],
  cmd: DeployCommands,
): GitlabJob | null => {
  if (cmd.check === null) return null;
  const first = targets[0];
  const own = guard.split && !guard.branchDeployments && first !== undefined;
  return {
    stage: 'check',
    image: DAGSTER_CLOUD_CLI_IMAGE,
    ...(guard.split ? { variables: tokenVariable(guard, own ? first.production : null) } : {}),
    ...(own && first.staging !== null
      ? {
          rules: [
            { if: STAGING_BRANCH, variables: tokenVariable(guard, first.staging) },
            { when: 'on_success' },
          ],
        }
      : {}),
    script: [`${cmd.bin} ${cmd.check}`],
  };
};

/** Keeps a job out of merge-request pipelines. */
const notOnMergeRequests = (job: GitlabJob): GitlabJob =>
  job.rules?.[0]?.if === MERGE_REQUEST && job.rules[0].when === 'never'
    ? job
    : {
        ...job,
        rules: [{ if: MERGE_REQUEST, when: 'never' }, ...(job.rules ?? [{ when: 'on_success' }])],
      };

/**
 * A repository without branch deployments has merge-request pipelines only for the drift check:
 * every other job stays out of them (no build, no token on a merge request).
 */
const onlyDriftOnMergeRequests = <T extends Record<string, unknown>>(pipeline: T): T =>
  Object.fromEntries(
    Object.entries(pipeline).map(([key, value]) =>
      (GITLAB_GLOBAL_KEYS as readonly string[]).includes(key) || key === DRIFT_JOB
        ? [key, value]
        : [key, notOnMergeRequests(value as GitlabJob)],
    ),
  ) as T;

/** Jobs as the pipeline names and writes them, in file order. */
export type GitlabJobs = readonly (readonly [string, GitlabJob])[];

/**
 * One deploy target's jobs in a repository's pipeline: a build per code location, then the deploy
 * job and its merge-request twin. The pipeline writes every target's builds, then every target's
 * deploys; the migration plan shows the jobs of the targets that deploy to one deployment.
 */
export type GitlabTargetJobs = {
  readonly target: DeployTarget;
  readonly builds: GitlabJobs;
  readonly deploys: GitlabJobs;
};

/**
 * The build and deploy jobs of each deploy target of `repo`. With the drift check (`t=drift-check`)
 * and no branch deployments, merge-request pipelines run only the drift check, so every one of
 * these jobs stays out of them.
 */
export const gitlabTargetJobs = (
  answers: Answers,
  topology: Topology,
  repo: RepoNode,
  driftCheck = false,
): GitlabTargetJobs[] => {
  const targets = deployTargetsOf(topology, repo);
  const filtered = targets.flatMap((t) => t.locations).length > 1;
  const registry = registryFor(answers, repo.name);
  const cmd = commandsOf(answers, topology);
  const guard = repoGuardOf(answers, topology, repo);
  const shape = (job: GitlabJob): GitlabJob =>
    driftCheck && !guard.branchDeployments ? notOnMergeRequests(job) : job;
  const shaped = (jobs: GitlabJobs): GitlabJobs =>
    jobs.map(([name, job]) => [name, shape(job)] as const);
  return targets.map((target) => ({
    target,
    builds: shaped(
      target.locations.map(
        (l) => [`build-${l.name}`, buildJob(answers, cmd, registry, target, l, filtered)] as const,
      ),
    ),
    deploys: shaped(
      deployJobs(answers, topology, cmd, target, filtered, targets.length === 1, guard),
    ),
  }));
};

/**
 * The pipeline's `workflow:` rules for `repo`: the default branch, staging when a target has it,
 * merge requests when the repository takes branch deployments or runs the drift check.
 */
export const gitlabWorkflow = (
  answers: Answers,
  topology: Topology,
  repo: RepoNode,
  driftCheck = false,
): { rules: GitlabRule[] } => ({
  rules: [
    { if: DEFAULT_BRANCH },
    ...(deployTargetsOf(topology, repo).some((t) => t.staging !== null)
      ? [{ if: STAGING_BRANCH }]
      : []),
    ...(repoGuardOf(answers, topology, repo).branchDeployments || driftCheck
      ? [{ if: MERGE_REQUEST }]
      : []),
  ],
});

/** The split tokens this pipeline reads, by name: none it does not read. */
const splitTokenNote = (topology: Topology, repo: RepoNode): string => {
  const { deployments, branch } = repoTokenNames(topology, repo, 'gitlabVariable');
  return `Set DAGSTER_CLOUD_ORGANIZATION and one masked token variable per deployment (${deployments.join(', ')}, protected${
    branch === null ? '' : `; ${branch} for merge requests`
  }) as CI/CD variables, never in this file`;
};

/** The pipeline of one repository. */
export const gitlabPipeline = (
  answers: Answers,
  topology: Topology,
  repo: RepoNode,
  ctx: EmitContext,
): GeneratedFile => {
  const targets = deployTargetsOf(topology, repo);
  const filtered = targets.flatMap((t) => t.locations).length > 1;
  const withStaging = targets.some((t) => t.staging !== null);
  const registry = registryFor(answers, repo.name);
  const cmd = commandsOf(answers, topology);
  const guard = repoGuardOf(answers, topology, repo);
  const withDriftCheck = (ctx.extraTargets ?? []).includes('drift-check');
  const jobs = gitlabTargetJobs(answers, topology, repo, withDriftCheck);
  const check = checkJob(guard, targets, cmd);
  const pipeline = {
    variables: {
      DAGSTER_PROJECT_DIR: '.',
      ...(cmd.check === null ? {} : { DAGSTER_CLOUD_YAML_PATH: 'dagster_cloud.yaml' }),
      DAGSTER_BUILD_STATEDIR: 'build-state',
      IMAGE_REGISTRY: registry,
      IMAGE_TAG: '$CI_COMMIT_SHORT_SHA-$CI_PIPELINE_ID',
    },
    stages: [...(cmd.check === null && !withDriftCheck ? [] : ['check']), 'build', 'deploy'],
    workflow: gitlabWorkflow(answers, topology, repo, withDriftCheck),
    ...(check === null ? {} : { 'dagster-cloud-check': check }),
    ...(withDriftCheck ? { [DRIFT_JOB]: gitlabDriftJob(topology, repo, MERGE_REQUEST) } : {}),
    ...Object.fromEntries(jobs.flatMap((t) => t.builds)),
    ...Object.fromEntries(jobs.flatMap((t) => t.deploys)),
    ...(guard.branchDeployments ? { 'close-branch': closeBranchJob(guard) } : {}),
  };
  const notes = [
    cmd.check === null
      ? `Deploys the code locations of ${repo.name} with dg plus deploy (shape of dg plus deploy configure's hybrid-gitlab-ci.yaml).`
      : `Deploys the code locations of ${repo.name} with the dagster-cloud CLI (shape of dagster-io/dagster-cloud-action gitlab/hybrid-ci.yml).`,
    `Pipelines on the default branch deploy to ${targets.map((t) => t.production).join(', ')}${
      guard.branchDeployments
        ? '; merge requests deploy to a branch deployment.'
        : withDriftCheck
          ? '; merge-request pipelines run only the drift check (no branch deployments for this code: see SETUP.md).'
          : '; no merge-request pipeline (no branch deployments for this code: see SETUP.md).'
    }`,
    ...(withStaging
      ? [
          `Pipelines on the staging branch deploy to ${targets.map((t) => t.staging ?? t.production).join(', ')}.`,
        ]
      : []),
    ...(targets.length > 1
      ? [
          'One deploy job per deployment. Caveat: a merge request runs both against one branch deployment,',
          'whose base deployment is then not guaranteed; a repository per team avoids this.',
        ]
      : []),
    ...(filtered
      ? [
          'Only locations whose folder changed are built and deployed (rules:changes); a change to',
          `${sharedChanges(answers, cmd).join(', ')} rebuilds every location. Pipelines started from the UI,`,
          'a schedule or the API build every location (GitLab evaluates changes as true there), so re-run',
          'one after a failed pipeline on the default branch: a push only compares with the previous push.',
        ]
      : []),
    dockerfileNote(answers),
    (guard.split
      ? splitTokenNote(topology, repo)
      : 'Set DAGSTER_CLOUD_ORGANIZATION and DAGSTER_CLOUD_API_TOKEN (masked) as CI/CD variables, never in this file') +
      (answers.agent === 'ecs'
        ? ', and AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION.'
        : '.'),
    `Builds need a runner that allows Docker-in-Docker (privileged). ${DAGSTER_CLOUD_CLI_IMAGE}`,
    'is pinned as in the official template; bump it deliberately.',
    ...checkedByNotes('gitlab'),
    ...(withDriftCheck ? gitlabDriftNotes() : []),
  ];
  return {
    path: repoFilePath(topology, repo.name, GITLAB_CI_PATH),
    repo: repo.name,
    kind: 'yaml',
    content: toYaml(
      withDriftCheck && !guard.branchDeployments ? onlyDriftOnMergeRequests(pipeline) : pipeline,
      headerLines(ctx, notes),
    ),
    description: `GitLab CI/CD pipeline that builds and deploys the code locations of ${repo.name}.`,
  };
};
