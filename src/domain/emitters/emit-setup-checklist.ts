/**
 * `SETUP.md`: the short checklist that turns the generated files into a working Dagster+ setup:
 * deployments to create, agent tokens, team role grants (RBAC, dagster-facts.md §5), CI secrets,
 * run tags, and every fact Isolation Advisor could not verify, stated plainly.
 */
import { teamsOf, uniqueInOrder, type Answers } from '../questionnaire/schemas';
import { PLAN_LIMITS } from '../scoring/plans';
import { agentsOf, deploymentsToCreate } from '../topology/build-topology';
import { EXISTING_DEPLOYMENT, type Topology } from '../topology/types';
import { WORKFLOW_PATH } from './emit-ci-workflow';
import {
  CODE_LOCATION_TAG,
  needsRunLimits,
  PROJECT_TAG,
  TEAM_TAG,
} from './emit-deployment-settings';
import { DG_FOLDER, PYPROJECT_FRAGMENT } from './emit-dg-project';
import { DAGSTER_CLOUD_CLI_IMAGE, GITLAB_CI_PATH } from './emit-gitlab-ci';
import { TERRAFORM_PATH } from './emit-terraform';
import { DRIFT_TOOL_NOTES, DRIFT_WORKFLOW_PATH } from './emit-drift-check';
import { hasFeature, VERSION_GATES, type VersionGateId } from '../versions/dagster-version';
import { configFormatOf, DG_ROUTING_FACT } from './config-format';
import { markdownHeader } from './header';
import { versionNotes } from './version-notes';
import { repoHasBranchDeployments } from './safety';
import { checkedByUncertainty } from './validation-claims';
import { needsPlatformOwners } from './emit-codeowners';
import { PLACEHOLDERS, placeholdersFor, registryFor, repoFilePath, usesQueues } from './placement';
import {
  accessSection,
  ciTokenSection,
  codeOwnerReviewLines,
  readFirstSection,
} from './setup-safety';
import type { EmitContext, Emitter, OptionalTargetId } from './types';

const LEVEL_LABELS = {
  'code-location': 'code-location isolation (one agent, one deployment)',
  agent: 'agent isolation (agents routed by agent queues)',
  deployment: 'deployment isolation (separate full deployments)',
} as const;

const deploymentsSection = (topology: Topology): string[] => {
  const toCreate = deploymentsToCreate(topology);
  return [
    '## 1. Deployments',
    '',
    '| deployment | purpose | agents |',
    '| --- | --- | --- |',
    ...topology.deployments.map(
      (d) =>
        `| \`${d.name}\` | ${d.purpose} | ${d.agents.map((a) => `\`${a.name}\``).join(', ')} |`,
    ),
    '',
    `- [ ] \`${EXISTING_DEPLOYMENT}\` exists in every organisation.`,
    ...(toCreate.length === 0
      ? []
      : [
          `- [ ] Create ${toCreate.map((d) => `\`${d.name}\``).join(', ')} (Organization Admin, Dagster+ Pro):`,
          '  Deployments page → "+ New deployment" (choose "Empty permissions"), or Terraform',
          '  (`dagster-io/terraform-provider-dagsterplus`). The `dagster-cloud` CLI cannot create deployments.',
          '',
          '```hcl',
          ...toCreate.flatMap((d) => [
            `resource "dagsterplus_deployment" "${d.name.replaceAll('-', '_')}" {`,
            `  name = "${d.name}"`,
            '}',
          ]),
          '```',
        ]),
    '',
  ];
};

const agentsSection = (answers: Answers, topology: Topology): string[] => {
  const agents = agentsOf(topology);
  const file = answers.agent === 'k8s' ? 'values.yaml' : 'dagster.yaml';
  return [
    '## 2. Agents and agent tokens',
    '',
    'Only an Organization Admin manages agent tokens (Organization Settings → Tokens). Create one',
    'token per agent, restricted to its deployment (Terraform: `dagsterplus_agent_token` with',
    '`organization = false` plus `dagsterplus_agent_token_deployment_grant`). Tokens of agents that',
    'serve branch deployments also need the "All branch deployments" permission.',
    ...(usesQueues(topology)
      ? ['', 'Agent queues are a Dagster+ Pro feature and need agents at version 1.6.0 or later.']
      : []),
    '',
    ...agents.map(
      (a) =>
        `- [ ] \`${a.name}\` in ${uniqueInOrder(a.locations.map((l) => l.compute))
          .map((c) => `\`${c}\``)
          .join(', ')}: deployment \`${a.deployment}\`${
          a.queues.length > 0 ? `, queue ${a.queues.map((q) => `\`${q}\``).join(', ')}` : ''
        }${a.branchDeployments ? ', branch deployments' : ''}; config \`agents/${a.name}/${file}\`.`,
    ),
    '',
    ...(answers.agent === 'local'
      ? [
          'The local agent runs code as processes on its host, not from images: install each',
          "project's package in the agent's Python environment. Dagster recommends it for",
          'experiments, not production.',
          '',
        ]
      : []),
  ];
};

const REGISTRY_SECRETS = {
  github: (answers: Answers): string =>
    answers.agent === 'ecs'
      ? 'Also set `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION` (ECR push).'
      : 'Images go to GHCR with the built-in `GITHUB_TOKEN`.',
  gitlab: (answers: Answers): string =>
    answers.agent === 'ecs'
      ? 'Also set `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION` (ECR push).'
      : 'Images go to the GitLab container registry with the built-in `CI_REGISTRY_*` credentials.',
  other: (): string => 'Follow each `CI-DEPLOY.md`.',
} as const satisfies Record<Answers['ci'], (answers: Answers) => string>;

/**
 * The single-token setup, when tokens need not be split (see `splitsCiTokens`); `branches`: some
 * repository's pipeline deploys pull/merge requests to branch deployments.
 */
const CI_SECRETS = {
  github: (answers: Answers, branches: boolean): string[] => [
    '- [ ] In each repository, set the secret `DAGSTER_CLOUD_API_TOKEN`: a token that may deploy to the',
    `  repository's deployments${branches ? ' and to branch deployments' : ''} (the quickstart uses an agent token).`,
    `  ${REGISTRY_SECRETS.github(answers)}`,
  ],
  gitlab: (answers: Answers, branches: boolean): string[] => [
    '- [ ] In each project (Settings → CI/CD → Variables), set `DAGSTER_CLOUD_ORGANIZATION` and the',
    ...(branches
      ? [
          "  masked `DAGSTER_CLOUD_API_TOKEN`: a token that may deploy to the repository's deployments and to",
          '  branch deployments. Merge-request pipelines need them too, so do not mark them protected only.',
        ]
      : [
          "  masked `DAGSTER_CLOUD_API_TOKEN`: a token that may deploy to the repository's deployments.",
        ]),
    `  ${REGISTRY_SECRETS.gitlab(answers)}`,
    '- [ ] Builds run Docker-in-Docker: the runner must allow privileged containers.',
  ],
  other: (): string[] => [
    '- [ ] Set `DAGSTER_CLOUD_API_TOKEN` as a masked CI variable and follow each `CI-DEPLOY.md`.',
  ],
} as const satisfies Record<Answers['ci'], (answers: Answers, branches: boolean) => string[]>;

/** CI secrets: split tokens (with the other secrets) when needed, else one token. */
const ciSecrets = (answers: Answers, topology: Topology): string[] => {
  const split = ciTokenSection(answers, topology);
  if (split === null) {
    const branches = topology.repos.some((r) => repoHasBranchDeployments(topology, r));
    return CI_SECRETS[answers.ci](answers, branches);
  }
  return [
    ...split,
    ...(answers.ci === 'gitlab'
      ? ['- [ ] Set `DAGSTER_CLOUD_ORGANIZATION` (Settings → CI/CD → Variables).']
      : []),
    `- [ ] ${REGISTRY_SECRETS[answers.ci](answers)}`,
    ...(answers.ci === 'gitlab'
      ? ['- [ ] Builds run Docker-in-Docker: the runner must allow privileged containers.']
      : []),
  ];
};

const CI_FILE_PATH = {
  github: WORKFLOW_PATH,
  gitlab: GITLAB_CI_PATH,
  other: null,
} as const satisfies Record<Answers['ci'], string | null>;

/** The deploy configuration a repository commits: dagster_cloud.yaml, or the dg files. */
const configFilesOf = (answers: Answers, topology: Topology, repo: string): string =>
  configFormatOf(answers, topology).format === 'dg'
    ? `the dg files (${[
        'dg.toml',
        'build.yaml',
        ...(answers.agent === 'local' ? [] : ['container_context.yaml']),
      ]
        .map((f) => `\`${repoFilePath(topology, repo, f)}\``)
        .join(
          ', ',
        )}, each project's \`build.yaml\`, each \`${PYPROJECT_FRAGMENT}\` merged into that project's \`pyproject.toml\`)`
    : `\`${repoFilePath(topology, repo, 'dagster_cloud.yaml')}\``;

const ciSection = (answers: Answers, topology: Topology): string[] => {
  const ciFile = CI_FILE_PATH[answers.ci];
  return [
    '## 4. Repositories and CI',
    '',
    ...topology.repos.map(
      (r) =>
        `- [ ] \`${r.name}\` (${r.teams.map((t) => `\`${t}\``).join(', ')}): commit ${configFilesOf(answers, topology, r.name)}${ciFile === null ? '' : ` and \`${repoFilePath(topology, r.name, ciFile)}\``}; image registry \`${registryFor(answers, r.name)}\`.`,
    ),
    ...ciSecrets(answers, topology),
    ...codeOwnerReviewLines(answers, topology),
    `- [ ] Replace the placeholders: ${[
      ...placeholdersFor(answers),
      ...(needsPlatformOwners(answers, topology) ? [PLACEHOLDERS.platformTeam] : []),
    ]
      .map((p) => `\`${p}\``)
      .join(', ')}, and the \`your-*\` values in agent configs.`,
    ...(answers.agent === 'k8s' && answers.ci === 'github'
      ? [
          '- [ ] Private GHCR images need an `imagePullSecrets` entry in each Helm values file (or use your',
          "  cloud's registry and change `build.registry` and `IMAGE_REGISTRY` together).",
        ]
      : []),
    '',
  ];
};

const runTagsSection = (answers: Answers, topology: Topology): string[] => {
  const limited = topology.deployments.filter(needsRunLimits);
  if (limited.length === 0) return [];
  const perLocation = hasFeature(answers.dagsterVersion, 'codeLocationRunTag');
  const tags = [
    ...(teamsOf(answers).length > 1 ? [`\`${TEAM_TAG}: <team>\``] : []),
    ...(perLocation ? [] : [`\`${PROJECT_TAG}: <code location>\` (high-volume projects)`]),
  ];
  return [
    '## 5. Run queue limits',
    '',
    `- [ ] Apply \`deployments/<name>/deployment_settings.yaml\` to ${limited
      .map((d) => `\`${d.name}\``)
      .join(', ')} with \`dagster-cloud deployment settings set-from-file\`.`,
    ...(perLocation
      ? [
          `- [ ] Per-location run limits use the \`${CODE_LOCATION_TAG}\` tag every run carries (${VERSION_GATES.codeLocationRunTag}+): nothing to tag for them.`,
        ]
      : []),
    ...(tags.length > 0
      ? [
          `- [ ] Tag every job with ${tags.join(' and ')} as job (run) tags: the limits only count tagged runs, and asset tags do not become run tags.`,
        ]
      : []),
    '',
  ];
};

/** The drift check's setup: where the job is and how it gets the tool. */
const driftCheckLines = (ci: Answers['ci']): string[] => [
  ci === 'github'
    ? `- [ ] Drift check: \`${DRIFT_WORKFLOW_PATH}\` in each repository runs \`isolation-advisor check\` on every pull request.`
    : ci === 'gitlab'
      ? `- [ ] Drift check: the \`isolation-advisor-drift\` job of \`${GITLAB_CI_PATH}\` runs \`isolation-advisor check\` on every merge request.`
      : '- [ ] Drift check: run `npx --yes <tarball> check .` in your CI on every change request (exit 1 on drift).',
  ...DRIFT_TOOL_NOTES.map((l) => `  ${l}`),
  '  Locally: `npx ./isolation-advisor-<version>.tgz check .` (add `--link` to check against another decision).',
];

const optionalSection = (
  number: number,
  extra: ReadonlySet<OptionalTargetId>,
  dgFormat: boolean,
  pro: boolean,
  ci: Answers['ci'],
): string[] =>
  !extra.has('terraform') && !extra.has('drift-check') && (dgFormat || !extra.has('dg-project'))
    ? []
    : [
        `## ${number}. Optional files`,
        '',
        ...(extra.has('dg-project') && !dgFormat
          ? [
              `- [ ] dg format, instead of \`dagster_cloud.yaml\`: copy each repository's \`${DG_FOLDER}/\` folder over its root,`,
              `  merge every \`${PYPROJECT_FRAGMENT}\` into that project's \`pyproject.toml\`, delete \`dagster_cloud.yaml\``,
              '  and switch CI to the `dg plus deploy` commands (`dg plus deploy configure` scaffolds them).',
            ]
          : []),
        ...(extra.has('terraform')
          ? [
              `- [ ] Terraform: in \`${TERRAFORM_PATH.split('/')[0] ?? ''}/\`, run \`terraform init\` and \`terraform plan\` with`,
              '  `DAGSTER_CLOUD_API_TOKEN` (Organization Admin) set. It creates the deployments of section 1',
              pro
                ? '  and the teams and grants of section 3; add team members and branch-deployment grants yourself.'
                : '  only (Teams and grants are Dagster+ Pro: grant users their roles as section 3 says).',
            ]
          : []),
        ...(extra.has('drift-check') ? driftCheckLines(ci) : []),
        '',
      ];

/** Facts a target rests on that could not be verified, listed only when the target is emitted. */
const targetUncertainties = (
  answers: Answers,
  topology: Topology,
  extra: ReadonlySet<OptionalTargetId>,
): string[] => [
  ...(answers.ci === 'gitlab'
    ? [
        checkedByUncertainty(
          'gitlab',
          GITLAB_CI_PATH,
          `dagster-io/dagster-cloud-action's \`gitlab/hybrid-ci.yml\` (image \`${DAGSTER_CLOUD_CLI_IMAGE}\`) and GitLab's CI/CD YAML reference`,
        ),
      ]
    : answers.ci === 'github'
      ? [
          checkedByUncertainty(
            'github',
            WORKFLOW_PATH,
            configFormatOf(answers, topology).format === 'dg'
              ? 'the workflow `dg plus deploy configure` scaffolds'
              : 'the Dagster+ Hybrid quickstart workflow',
          ),
        ]
      : []),
  ...(extra.has('dg-project')
    ? [
        'dg files: whether a project without its own `build.yaml` builds from its folder (so one is written per project), and where dg looks for the Dockerfile when `directory` points above the project.',
        // Agent queues are Pro-only: where no location routes by queue, routing is moot.
        ...(usesQueues(topology)
          ? [
              `dg files: where routing lives. ${DG_ROUTING_FACT} So the dg files hold no queue; routed code locations deploy from dagster_cloud.yaml.`,
            ]
          : []),
      ]
    : []),
  ...(extra.has('terraform')
    ? [
        'Terraform: the attribute names (`team_id`, `deployment`, `grant`, `location_grants`, `agent_type`) match the provider source, but the file has not been through `terraform validate` against a live organisation; the provider is in early development, and mixing `dagsterplus_team` with separate grant resources may show drift.',
      ]
    : []),
];

const UNCERTAIN_FACTS = [
  'Allowed characters and length of `location_name` and deployment names: no documented rule; generated names use lowercase letters, digits and hyphens (project names as given).',
  'Plan names, prices and code-location limits: only third-party transcriptions were found; check your contract.',
  'Which plan includes custom roles.',
] as const;

/** The gates as SETUP.md names them, in VERSION_GATES order. */
const GATE_NAMES = {
  agentQueues: 'agent queues',
  dgDeployConfigure: '`dg plus deploy configure`',
  codeLocationRunTag: '`dagster/code_location` on every run',
  dgIsTheNorm: 'dg as the norm',
} as const satisfies Record<VersionGateId, string>;

/** What the Dagster version answer changes, the gates it was checked against, and the pins. */
const versionSection = (answers: Answers, topology: Topology): string[] => [
  '## Dagster version',
  '',
  ...versionNotes(answers, topology).map((n) => `- ${n}`),
  `- Release gates: ${(Object.keys(GATE_NAMES) as VersionGateId[])
    .map((id) => `${GATE_NAMES[id]} ${VERSION_GATES[id]}`)
    .join(', ')}; sources, with commits, and the pinned tags: Isolation Advisor's README.`,
  '',
];

export const emitSetupChecklist: Emitter = (answers, topology, ctx: EmitContext) => {
  const extra = new Set(ctx.extraTargets ?? []);
  const runTags = runTagsSection(answers, topology);
  const lines = [
    ...markdownHeader(ctx),
    '',
    '# Dagster+ setup checklist',
    '',
    `Plan: ${LEVEL_LABELS[topology.level]}, ${
      topology.layout === 'monorepo'
        ? 'one repository with a folder per project'
        : 'one repository per team'
    }; ${topology.deployments.length} deployment${topology.deployments.length === 1 ? '' : 's'}, ${
      agentsOf(topology).length
    } agent${agentsOf(topology).length === 1 ? '' : 's'}, ${answers.projects.length} code location${
      answers.projects.length === 1 ? '' : 's'
    }.`,
    '',
    ...readFirstSection(answers, topology),
    ...versionSection(answers, topology),
    ...deploymentsSection(topology),
    ...agentsSection(answers, topology),
    ...accessSection(answers, topology, extra.has('terraform')),
    ...ciSection(answers, topology),
    ...runTags,
    ...optionalSection(
      runTags.length > 0 ? 6 : 5,
      extra,
      configFormatOf(answers, topology).format === 'dg',
      PLAN_LIMITS[answers.plan].hasLocationRoles,
      answers.ci,
    ),
    '## Not verified (UNCERTAIN)',
    '',
    ...[...UNCERTAIN_FACTS, ...targetUncertainties(answers, topology, extra)].map((f) => `- ${f}`),
    '',
  ];
  return [
    {
      path: 'SETUP.md',
      repo: null,
      kind: 'markdown',
      content: lines.join('\n'),
      description:
        'Checklist: deployments, agent tokens, team roles, CI secrets and unverified facts.',
    },
  ];
};
