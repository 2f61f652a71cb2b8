/**
 * CI per repository. GitHub: `.github/workflows/dagster-cloud-deploy.yml` in the shape of the
 * Dagster+ Hybrid quickstart workflow (dagster-facts.md §3), one build + `ci set-build-output`
 * per location, and, when a repository holds several locations, a `dorny/paths-filter` step so
 * only the locations whose folders changed are built and deployed. GitLab: `.gitlab-ci.yml`
 * (emit-gitlab-ci.ts). Other CI: a `CI-DEPLOY.md` with the same `dagster-cloud ci` command
 * sequence (no pipeline file is guessed).
 */
import type { Answers } from '../questionnaire/schemas';
import type { LocationNode, RepoNode, Topology } from '../topology/types';
import { PINS } from '../versions/pinned';
import {
  githubEnvironmentExpression,
  repoGuardOf,
  repoTokenNames,
  targetTakesBranchDeployments,
  type RepoGuard,
} from './ci-guards';
import { dockerfileNote } from './ci-notes';
import { configFormatOf } from './config-format';
import { deployCommands, type DeployCommands } from './deploy-commands';
import { gitlabPipeline } from './emit-gitlab-ci';
import { headerLines, markdownHeader } from './header';
import {
  deployTargetsOf,
  PLACEHOLDERS,
  registryFor,
  repoFilePath,
  repoLocations,
  type DeployTarget,
} from './placement';
import { toYaml } from './to-yaml';
import { checkedByNotes } from './validation-claims';
import type { EmitContext, Emitter, GeneratedFile } from './types';

/** Tag of dagster-io/dagster-cloud-action: the newest release readable (versions/pinned.ts). */
export const DAGSTER_CLOUD_ACTION_VERSION = PINS.dagsterCloudAction;
const ACTION = `dagster-io/dagster-cloud-action/actions/utils`;
/** The project folder as a GitHub action input reads it. */
const PROJECT_DIR = '${{ env.DAGSTER_PROJECT_DIR }}';
export const WORKFLOW_PATH = '.github/workflows/dagster-cloud-deploy.yml';

const NOT_SKIPPED = "steps.prerun.outputs.result != 'skip'";
const CHANGES = 'steps.changes.outputs.changes';
const SELECTED = 'steps.select.outputs.locations';

type Step = Record<string, unknown>;

const cli = (
  id: string,
  name: string,
  command: string,
  condition: string,
  action = 'dagster-cloud-cli',
): Step => ({
  name,
  id,
  if: condition,
  uses: `${ACTION}/${action}@${DAGSTER_CLOUD_ACTION_VERSION}`,
  with: { command },
});

/** The deploy commands of the repository's config format, as GitHub action inputs. */
const commandsOf = (answers: Answers, topology: Topology): DeployCommands =>
  deployCommands(configFormatOf(answers, topology).format, PROJECT_DIR);

const registryLoginSteps = (answers: Answers, condition: string): Step[] =>
  answers.agent === 'ecs'
    ? [
        {
          name: 'Configure AWS credentials',
          if: condition,
          uses: PINS.awsCredentials,
          with: {
            'aws-access-key-id': '${{ secrets.AWS_ACCESS_KEY_ID }}',
            'aws-secret-access-key': '${{ secrets.AWS_SECRET_ACCESS_KEY }}',
            'aws-region': '${{ secrets.AWS_REGION }}',
          },
        },
        {
          name: 'Login to Amazon ECR',
          if: condition,
          uses: PINS.ecrLogin,
        },
      ]
    : [
        {
          name: 'Login to GitHub Container Registry',
          if: condition,
          uses: PINS.dockerLogin,
          with: {
            registry: 'ghcr.io',
            username: '${{ github.actor }}',
            password: '${{ secrets.GITHUB_TOKEN }}',
          },
        },
      ];

/** Folders whose changes rebuild every location of the repository. */
const sharedPaths = (answers: Answers, cmd: DeployCommands): string[] => [
  ...cmd.configFiles,
  WORKFLOW_PATH,
  ...(answers.share === 'none' ? [] : ['shared/**']),
];

const deploymentExpression = (target: DeployTarget): string =>
  target.staging === null
    ? target.production
    : `\${{ github.ref == 'refs/heads/staging' && '${target.staging}' || '${target.production}' }}`;

/**
 * Docker build context: the project folder, or the repository root when projects share code
 * (so each project's Dockerfile can copy `shared/`).
 */
const buildContext = (answers: Answers, l: LocationNode): Record<string, string> =>
  answers.share === 'none'
    ? { context: `./${l.directory}` }
    : { context: '.', file: `./${l.directory}/Dockerfile` };

const locationSteps = (
  answers: Answers,
  cmd: DeployCommands,
  l: LocationNode,
  condition: string,
): Step[] => {
  // The project name itself: a valid step id, unique in the job (project names are unique and
  // lowercase). A resource name would merge "a" and "a-__-" into one id, which GitHub refuses.
  const slug = l.name;
  const tagSuffix = l.name;
  return [
    {
      name: `Build and upload Docker image for "${l.name}"`,
      id: `build-${slug}`,
      if: condition,
      uses: PINS.buildPush,
      with: {
        ...buildContext(answers, l),
        push: true,
        tags: `\${{ env.IMAGE_REGISTRY }}:\${{ env.IMAGE_TAG }}-${tagSuffix}`,
        'cache-from': `type=gha,scope=${slug}`,
        'cache-to': `type=gha,mode=max,scope=${slug}`,
      },
    },
    cli(
      `ci-set-build-output-${slug}`,
      `Update build session with image tag for "${l.name}"`,
      cmd.setBuildOutput(l.name, `$IMAGE_TAG-${tagSuffix}`),
      condition,
      cmd.action,
    ),
  ];
};

/** paths-filter name for files that rebuild every location (not a valid project name). */
const SHARED_FILTER = '_shared';

const deployJob = (
  answers: Answers,
  cmd: DeployCommands,
  target: DeployTarget,
  filtered: boolean,
) => {
  const run = filtered ? `${NOT_SKIPPED} && ${SELECTED} != '[]'` : NOT_SKIPPED;
  // The selected list is a JSON string; matching `"name"` with its quotes avoids prefixes.
  const forLocation = (l: LocationNode) =>
    filtered ? `contains(${SELECTED}, '"${l.name}"')` : run;
  const filters = {
    [SHARED_FILTER]: sharedPaths(answers, cmd),
    ...Object.fromEntries(target.locations.map((l) => [l.name, [`${l.directory}/**`]])),
  };
  const everyLocation = JSON.stringify(target.locations.map((l) => l.name));
  const steps: Step[] = [
    {
      name: 'Pre-run checks',
      id: 'prerun',
      uses: `${ACTION}/prerun@${DAGSTER_CLOUD_ACTION_VERSION}`,
    },
    {
      name: 'Checkout',
      if: NOT_SKIPPED,
      uses: PINS.checkout,
      with: { ref: '${{ github.head_ref }}' },
    },
    ...(filtered
      ? [
          {
            name: 'Find the code locations whose folders changed',
            id: 'changes',
            if: NOT_SKIPPED,
            uses: PINS.pathsFilter,
            with: { filters: toYaml(filters) },
          },
          {
            name: 'Select the code locations to deploy',
            id: 'select',
            if: NOT_SKIPPED,
            env: {
              LOCATIONS: `\${{ contains(fromJSON(${CHANGES}), '${SHARED_FILTER}') && '${everyLocation}' || ${CHANGES} }}`,
            },
            run: 'echo "locations=$LOCATIONS" >> "$GITHUB_OUTPUT"',
          },
        ]
      : []),
    // dg plus deploy start (in dg-deploy-init) validates the configuration itself.
    ...(cmd.check === null
      ? []
      : [
          cli(
            'ci-validate',
            'Validate configuration',
            'ci check --project-dir ${{ env.DAGSTER_PROJECT_DIR }} --dagster-cloud-yaml-path ${{ env.DAGSTER_CLOUD_YAML_PATH }}',
            run,
          ),
        ]),
    {
      name: 'Initialize build session',
      id: 'ci-init',
      if: run,
      uses: `${ACTION}/${cmd.check === null ? 'dg-deploy-init' : 'ci-init'}@${DAGSTER_CLOUD_ACTION_VERSION}`,
      with: {
        project_dir: PROJECT_DIR,
        ...(cmd.check === null
          ? {}
          : { dagster_cloud_yaml_path: '${{ env.DAGSTER_CLOUD_YAML_PATH }}' }),
        deployment: deploymentExpression(target),
        ...(filtered ? { location_names: `\${{ ${SELECTED} }}` } : {}),
      },
    },
    {
      name: 'Generate docker image tag',
      id: 'generate-image-tag',
      if: run,
      run: 'echo "IMAGE_TAG=$GITHUB_SHA-$GITHUB_RUN_ID-$GITHUB_RUN_ATTEMPT" >> $GITHUB_ENV && echo $IMAGE_TAG',
    },
    { name: 'Set up Docker Buildx', uses: PINS.setupBuildx },
    ...registryLoginSteps(answers, run),
    ...target.locations.flatMap((l) => locationSteps(answers, cmd, l, forLocation(l))),
    cli('ci-deploy', 'Deploy to Dagster+', cmd.finish, run, cmd.action),
    cli(
      'ci-notify',
      'Update PR comment for branch deployments',
      'ci notify --project-dir=${{ env.DAGSTER_PROJECT_DIR }}',
      `${run} && always()`,
    ),
    cli(
      'ci-summary',
      'Generate a summary',
      'ci status --output-format=markdown >> $GITHUB_STEP_SUMMARY',
      `${run} && always()`,
    ),
  ];
  return { 'runs-on': 'ubuntu-22.04', steps };
};

/**
 * A deploy job with its guards (ci-guards.ts): skipped on pull requests when its target takes no
 * branch deployments; run in a GitHub environment holding that deployment's token when tokens
 * are split.
 */
const guardedJob = (
  job: ReturnType<typeof deployJob>,
  topology: Topology,
  target: DeployTarget,
  guard: RepoGuard,
) => {
  const pullRequests = targetTakesBranchDeployments(topology, target);
  return {
    ...(guard.branchDeployments && !pullRequests
      ? { if: "github.event_name != 'pull_request'" }
      : {}),
    'runs-on': job['runs-on'],
    ...(guard.split
      ? {
          environment: githubEnvironmentExpression(target, pullRequests),
          env: { DAGSTER_CLOUD_API_TOKEN: '${{ secrets.DAGSTER_CLOUD_API_TOKEN }}' },
        }
      : {}),
    steps: job.steps,
  };
};

/** The deploy jobs of a repository's workflow, one per deploy target, with their job names. */
export const githubDeployJobs = (answers: Answers, topology: Topology, repo: RepoNode) => {
  const targets = deployTargetsOf(topology, repo);
  const filtered = repoLocations(topology, repo).length > 1;
  const cmd = commandsOf(answers, topology);
  const guard = repoGuardOf(answers, topology, repo);
  return targets.map((target) => ({
    name:
      targets.length === 1 ? 'dagster-cloud-deploy' : `dagster-cloud-deploy-${target.production}`,
    target,
    job: guardedJob(deployJob(answers, cmd, target, filtered), topology, target, guard),
  }));
};

/**
 * The workflow's triggers: pushes to main/master (and staging when a target has one), and pull
 * requests unless no target of the repository takes branch deployments.
 */
export const githubTriggers = (targets: readonly DeployTarget[], pullRequests = true) => ({
  push: {
    branches: ['main', 'master', ...(targets.some((t) => t.staging !== null) ? ['staging'] : [])],
  },
  ...(pullRequests
    ? { pull_request: { types: ['opened', 'synchronize', 'reopened', 'closed'] } }
    : {}),
});

const githubWorkflow = (
  answers: Answers,
  topology: Topology,
  repo: RepoNode,
  ctx: EmitContext,
): GeneratedFile => {
  const targets = deployTargetsOf(topology, repo);
  const filtered = repoLocations(topology, repo).length > 1;
  const withStaging = targets.some((t) => t.staging !== null);
  const registry = registryFor(answers, repo.name);
  const cmd = commandsOf(answers, topology);
  const guard = repoGuardOf(answers, topology, repo);
  const jobs = Object.fromEntries(
    githubDeployJobs(answers, topology, repo).map(({ name, job }) => [name, job]),
  );
  const workflow = {
    name: 'Dagster Cloud Hybrid Deployment',
    on: githubTriggers(targets, guard.branchDeployments),
    concurrency: {
      group: '${{ github.ref }}-${{ github.event_name }}',
      'cancel-in-progress': true,
    },
    permissions: {
      contents: 'read',
      // Branch deployments comment on the pull request; nothing else writes to it.
      ...(guard.branchDeployments ? { 'pull-requests': 'write' } : {}),
      ...(answers.agent === 'ecs' ? {} : { packages: 'write' }),
    },
    env: {
      DAGSTER_CLOUD_ORGANIZATION: PLACEHOLDERS.dagsterOrganization,
      ...(guard.split ? {} : { DAGSTER_CLOUD_API_TOKEN: '${{ secrets.DAGSTER_CLOUD_API_TOKEN }}' }),
      DAGSTER_PROJECT_DIR: '.',
      ...(cmd.check === null ? {} : { DAGSTER_CLOUD_YAML_PATH: 'dagster_cloud.yaml' }),
      IMAGE_REGISTRY: registry,
      GITHUB_TOKEN: '${{ secrets.GITHUB_TOKEN }}',
    },
    jobs,
  };
  const environments = repoTokenNames(topology, repo, 'githubEnvironment');
  const notes = [
    ...(cmd.check === null
      ? [
          `Deploys the code locations of ${repo.name} with dg plus deploy (shape of the workflow dg plus deploy configure scaffolds;`,
          'add its uv sync and "plus deploy refresh-defs-state" steps if you use state-backed components).',
        ]
      : [
          `Deploys the code locations of ${repo.name} (Dagster+ Hybrid quickstart workflow shape).`,
        ]),
    `Pushes to main/master deploy to ${targets.map((t) => t.production).join(', ')}${
      guard.branchDeployments
        ? '; pull requests create branch deployments.'
        : '; pull requests deploy nothing (no branch deployments for this code: see SETUP.md).'
    }`,
    ...(withStaging
      ? [
          `Pushes to the staging branch deploy to ${targets.map((t) => t.staging ?? t.production).join(', ')}.`,
        ]
      : []),
    ...(targets.length > 1
      ? [
          'One job per deployment. Caveat: a pull request runs both jobs against one branch deployment,',
          'whose base deployment is then not guaranteed; a repository per team avoids this.',
        ]
      : []),
    ...(filtered
      ? [
          'Only locations whose folder changed are built and deployed (dorny/paths-filter);',
          `a change to ${sharedPaths(answers, cmd).join(', ')} rebuilds every location.`,
        ]
      : []),
    dockerfileNote(answers),
    `dagster-io/dagster-cloud-action is pinned to ${DAGSTER_CLOUD_ACTION_VERSION}, the newest release tag we could read; bump deliberately.`,
    ...(guard.split
      ? [
          `Each job takes DAGSTER_CLOUD_API_TOKEN from its GitHub environment (${environments.deployments.join(', ')}, ${environments.deployments.length > 1 ? 'each ' : ''}limited to its`,
          `branch${environments.branch === null ? '' : `; ${environments.branch} for pull requests`}): a token per deployment, see SETUP.md.`,
        ]
      : []),
    `Replace ${PLACEHOLDERS.dagsterOrganization} and the IMAGE_REGISTRY placeholder; set the DAGSTER_CLOUD_API_TOKEN secret${
      guard.split ? ' in each environment' : ''
    }${answers.agent === 'ecs' ? ' and AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_REGION' : ''}.`,
    ...checkedByNotes('github'),
  ];
  return {
    path: repoFilePath(topology, repo.name, WORKFLOW_PATH),
    repo: repo.name,
    kind: 'yaml',
    content: toYaml(workflow, headerLines(ctx, notes)),
    description: `GitHub Actions workflow that builds and deploys the code locations of ${repo.name}.`,
  };
};

const ciNote = (
  answers: Answers,
  topology: Topology,
  repo: RepoNode,
  ctx: EmitContext,
): GeneratedFile => {
  const targets = deployTargetsOf(topology, repo);
  const registry = registryFor(answers, repo.name);
  const provider = 'your CI system';
  const dg = configFormatOf(answers, topology).format === 'dg';
  const cmd = deployCommands(dg ? 'dg' : 'legacy', '.');
  const guard = repoGuardOf(answers, topology, repo);
  const lines = [
    ...markdownHeader(ctx),
    '',
    `# Deploying ${repo.name} from ${provider}`,
    '',
    'Isolation Advisor generates pipeline files for GitHub Actions and GitLab CI/CD only. Reproduce',
    dg
      ? 'these steps of the workflow `dg plus deploy configure` scaffolds in your pipeline (the `dg` CLI'
      : 'these steps of the Dagster+ Hybrid quickstart workflow in your pipeline (the `dagster-cloud` CLI',
    'runs anywhere).',
    '',
    'Variables: `DAGSTER_CLOUD_ORGANIZATION` (' + PLACEHOLDERS.dagsterOrganization + '),',
    '`DAGSTER_CLOUD_API_TOKEN` (masked secret), `DAGSTER_BUILD_STATEDIR` (an empty folder per pipeline run),',
    '`IMAGE_REGISTRY` (`' +
      registry +
      (dg
        ? '`, must equal `registry` in `build.yaml`) and'
        : '`, must equal `build.registry` in `dagster_cloud.yaml`) and'),
    '`IMAGE_TAG` (unique per pipeline run, e.g. the commit SHA plus the pipeline id).',
    ...(guard.split
      ? [
          '',
          'Give each deployment its own token, readable only by the pipelines of the branch that deploys it,',
          `${guard.branchDeployments ? 'and merge requests a separate branch-deployment token ' : ''}(see SETUP.md): set \`DAGSTER_CLOUD_API_TOKEN\` from it per job.`,
        ]
      : []),
    '',
  ];
  targets.forEach((target) => {
    lines.push(
      `## Deployment \`${target.production}\`${target.staging === null ? '' : ` (and \`${target.staging}\` from the staging branch)`}`,
      '',
      '```sh',
      ...(dg
        ? []
        : ['dagster-cloud ci check --project-dir . --dagster-cloud-yaml-path dagster_cloud.yaml']),
      `${dg ? `dg ${cmd.start}` : 'dagster-cloud ci init --project-dir . --dagster-cloud-yaml-path dagster_cloud.yaml'} --deployment ${target.production} ${target.locations
        .map((l) => `--location-name ${l.name}`)
        .join(' ')}`,
    );
    target.locations.forEach((l) => {
      lines.push(
        `docker build -t "$IMAGE_REGISTRY:$IMAGE_TAG-${l.name}" ./${l.directory}`,
        `docker push "$IMAGE_REGISTRY:$IMAGE_TAG-${l.name}"`,
        `${cmd.bin} ${cmd.setBuildOutput(l.name, `"$IMAGE_TAG-${l.name}"`)}`,
      );
    });
    lines.push(`${cmd.bin} ${cmd.finish}`, '```', '');
  });
  lines.push(
    ...(guard.branchDeployments
      ? [
          `On merge requests, run the same steps: given the merge request's git metadata, \`${dg ? 'plus deploy start' : 'ci init'}\``,
          'creates or updates a branch deployment based on the deployment above (see the Dagster+ docs',
          '"CI/CD in Hybrid"). Build only the locations whose folders changed to keep pipelines short.',
        ]
      : [
          'Do not deploy merge requests of this repository: its code gets no branch deployments (see',
          'SETUP.md). Build only the locations whose folders changed to keep pipelines short.',
        ]),
    '',
  );
  return {
    path: repoFilePath(topology, repo.name, 'CI-DEPLOY.md'),
    repo: repo.name,
    kind: 'markdown',
    content: lines.join('\n'),
    description: `How to deploy ${repo.name} from ${provider} with the ${cmd.bin} CLI.`,
  };
};

const CI_FILE = {
  github: githubWorkflow,
  gitlab: gitlabPipeline,
  other: ciNote,
} as const satisfies Record<Answers['ci'], typeof githubWorkflow>;

export const emitCiWorkflow: Emitter = (answers, topology, ctx) =>
  topology.repos.map((repo) => CI_FILE[answers.ci](answers, topology, repo, ctx));
