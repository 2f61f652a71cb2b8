/**
 * `SETUP.md`: the short checklist that turns the generated files into a working Dagster+ setup:
 * deployments to create, agent tokens, team role grants (RBAC, dagster-facts.md §5), CI secrets,
 * run tags, and every fact Isolation Advisor could not verify, stated plainly.
 */
import { separatedTeamsOf, type Answers } from '../questionnaire/schemas';
import { agentsOf } from '../topology/build-topology';
import type { DeploymentNode, Topology } from '../topology/types';
import { WORKFLOW_PATH } from './emit-ci-workflow';
import { needsRunLimits, PROJECT_TAG, TEAM_TAG } from './emit-deployment-settings';
import { markdownHeader } from './header';
import { placeholdersFor, registryFor, repoFilePath, usesQueues } from './placement';
import type { Emitter } from './types';

const LEVEL_LABELS = {
  'code-location': 'code-location isolation (one agent, one deployment)',
  agent: 'agent isolation (agents routed by agent queues)',
  deployment: 'deployment isolation (separate full deployments)',
} as const;

const teamsIn = (d: DeploymentNode): string[] => [
  ...new Set(d.agents.flatMap((a) => a.locations.map((l) => l.team))),
];

const locationsOfTeam = (d: DeploymentNode, team: string): string[] =>
  d.agents.flatMap((a) => a.locations.filter((l) => l.team === team).map((l) => l.name));

const deploymentsSection = (topology: Topology): string[] => {
  const toCreate = topology.deployments.filter((d) => d.name !== 'prod');
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
    '- [ ] `prod` exists in every organisation.',
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
        `- [ ] \`${a.name}\` in \`${a.compute}\`: deployment \`${a.deployment}\`${
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

const accessSection = (answers: Answers, topology: Topology): string[] => {
  const separated = separatedTeamsOf(answers);
  const lines = [
    '## 3. Team access (RBAC)',
    '',
    'Create one Dagster+ team per team below (Teams are Pro; Organization Admin), then grant roles',
    'per deployment (Terraform: `dagsterplus_team`, `dagsterplus_team_deployment_grant` with',
    '`location_grants`). Any access to a deployment shows all of its code locations (at least',
    'Viewer); only separate deployments hide assets and runs.',
    '',
  ];
  for (const d of topology.deployments) {
    for (const team of teamsIn(d)) {
      const own = locationsOfTeam(d, team).map((l) => `\`${l}\``);
      lines.push(
        separated.includes(team) && teamsIn(d).length > 1
          ? `- [ ] \`${d.name}\`: team \`${team}\` Viewer on the deployment, Editor override on ${own.join(', ')} (per-location overrides are Pro).`
          : `- [ ] \`${d.name}\`: team \`${team}\` Editor (code locations ${own.join(', ')}).`,
      );
    }
  }
  lines.push(
    ...(answers.sod === 'none'
      ? []
      : [
          '- [ ] Other teams get no grant on a deployment unless they need to see it; overrides can only',
          '  add permissions, never remove them.',
        ]),
    '- [ ] Branch deployments are a separate grant: give it to the teams that open pull requests.',
    ...(answers.sod === 'confidential'
      ? [
          '  UNCERTAIN: the branch-deployment grant could not be confirmed to be limited per base',
          '  deployment; assume anyone with branch access can see every branch deployment.',
        ]
      : []),
    '',
  );
  return lines;
};

const ciSection = (answers: Answers, topology: Topology): string[] => [
  '## 4. Repositories and CI',
  '',
  ...topology.repos.map(
    (r) =>
      `- [ ] \`${r.name}\` (${r.teams.map((t) => `\`${t}\``).join(', ')}): commit \`${repoFilePath(
        topology,
        r.name,
        'dagster_cloud.yaml',
      )}\`${
        answers.ci === 'github' ? ` and \`${repoFilePath(topology, r.name, WORKFLOW_PATH)}\`` : ''
      }; image registry \`${registryFor(answers, r.name)}\`.`,
  ),
  ...(answers.ci === 'github'
    ? [
        '- [ ] In each repository, set the secret `DAGSTER_CLOUD_API_TOKEN`: a token that may deploy to the',
        "  repository's deployments and to branch deployments (the quickstart uses an agent token).",
        `  ${answers.agent === 'ecs' ? 'Also set `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY`, `AWS_REGION` (ECR push).' : 'Images go to GHCR with the built-in `GITHUB_TOKEN`.'}`,
      ]
    : [
        '- [ ] Set `DAGSTER_CLOUD_API_TOKEN` as a masked CI variable and follow each `CI-DEPLOY.md`.',
      ]),
  `- [ ] Replace the placeholders: ${placeholdersFor(answers)
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

const runTagsSection = (topology: Topology): string[] => {
  const limited = topology.deployments.filter(needsRunLimits);
  if (limited.length === 0) return [];
  return [
    '## 5. Run queue limits',
    '',
    `- [ ] Apply \`deployments/<name>/deployment_settings.yaml\` to ${limited
      .map((d) => `\`${d.name}\``)
      .join(', ')} with \`dagster-cloud deployment settings set-from-file\`.`,
    `- [ ] Tag every job and asset with \`${TEAM_TAG}: <team>\` (and \`${PROJECT_TAG}: <code location>\` in`,
    '  high-volume projects): the limits only count tagged runs.',
    '',
  ];
};

const UNCERTAIN_FACTS = [
  'Whether Dagster+ adds a code-location tag to runs automatically: not confirmed, hence your own `team` / `project` tags.',
  'Allowed characters and length of `location_name` and deployment names: no documented rule; generated names use lowercase letters, digits and hyphens (project names as given).',
  'Plan names, prices and code-location limits: only third-party transcriptions were found; check your contract.',
  'Which plan includes custom roles.',
  '`dagster-cloud ci check` now warns that it is deprecated in favour of `dg plus deploy`; the legacy `dagster_cloud.yaml` used here is still supported, and `dg` projects set `agent_queue` in `[tool.dg.project]` instead.',
] as const;

export const emitSetupChecklist: Emitter = (answers, topology, ctx) => {
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
    ...deploymentsSection(topology),
    ...agentsSection(answers, topology),
    ...accessSection(answers, topology),
    ...ciSection(answers, topology),
    ...runTagsSection(topology),
    '## Not verified (UNCERTAIN)',
    '',
    ...UNCERTAIN_FACTS.map((f) => `- ${f}`),
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
