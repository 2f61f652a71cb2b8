/**
 * `terraform/main.tf.json` for the `dagsterplus` provider (dagster-facts.md §4, §5), in
 * Terraform's JSON syntax, which Terraform reads natively: built from plain objects and written
 * with JSON.stringify, never by concatenating HCL. It declares the provider, one
 * `dagsterplus_deployment` per full deployment except `prod` (every organisation has it), one
 * `dagsterplus_team` per team and one `dagsterplus_team_deployment_grant` per team and
 * deployment (roles from access.ts; per-location Editor overrides as `location_grants`).
 *
 * Attribute names were checked against the provider's own docs
 * (dagster-io/terraform-provider-dagsterplus `docs/resources/{deployment,team,team_deployment_grant}.md`);
 * the facts file confirms the resource names, `grant`, `location_grants` and `location_name`
 * but not `team_id`, `deployment` or `agent_type`. The provider is in early development.
 */
import { teamsOf } from '../questionnaire/schemas';
import { PLAN_LIMITS } from '../scoring/plans';
import { deploymentsToCreate } from '../topology/build-topology';
import { EXISTING_DEPLOYMENT } from '../topology/types';
import { headerLines } from './header';
import { teamGrantsOf, type TeamGrant } from './access';
import { PLACEHOLDERS } from './placement';
import type { Emitter } from './types';

export const TERRAFORM_PATH = 'terraform/main.tf.json';
export const PROVIDER_SOURCE = 'dagster-io/dagsterplus';
/** The version constraint the provider's README shows. */
export const PROVIDER_VERSION = '~> 0.1';

/** Resource label of a team's grant on a deployment (deployment names never contain "--"). */
export const grantLabel = (team: string, deployment: string): string => `${team}--${deployment}`;

/** The blocks every configuration for the provider opens with. */
export const providerBlocks = () => ({
  terraform: {
    required_providers: {
      dagsterplus: { source: PROVIDER_SOURCE, version: PROVIDER_VERSION },
    },
  },
  provider: { dagsterplus: { organization: PLACEHOLDERS.dagsterOrganization } },
});

/** The file's text: Terraform JSON syntax, two-space indent, newline-terminated. */
export const terraformJson = (config: object): string => `${JSON.stringify(config, null, 2)}\n`;

/** `deployment` argument: a reference for created deployments, so Terraform orders creation. */
const deploymentRef = (deployment: string): string =>
  deployment === EXISTING_DEPLOYMENT ? deployment : `\${dagsterplus_deployment.${deployment}.name}`;

/** The `dagsterplus_deployment` resource for a deployment to create. */
export const deploymentResource = (name: string) => ({ name, agent_type: 'HYBRID' });

/** The `dagsterplus_team` resource for a team. */
export const teamResource = (team: string) => ({ name: team });

/** The `dagsterplus_team_deployment_grant` resource for a grant (label: `grantLabel`). */
export const grantResource = (g: TeamGrant) => ({
  team_id: `\${dagsterplus_team.${g.team}.id}`,
  deployment: deploymentRef(g.deployment),
  grant: g.role,
  ...(g.overrideLocations.length > 0
    ? {
        location_grants: g.overrideLocations.map((name) => ({
          location_name: name,
          grant: g.overrideRole,
        })),
      }
    : {}),
});

export const emitTerraform: Emitter = (answers, topology, ctx) => {
  const toCreate = deploymentsToCreate(topology);
  // Teams and per-location grants are Pro: below Pro the file declares none (SETUP.md says so).
  const pro = PLAN_LIMITS[answers.plan].hasLocationRoles;
  const grants = pro ? teamGrantsOf(answers, topology) : [];
  const teams = pro ? teamsOf(answers) : [];
  const notes = [
    'Terraform JSON syntax (terraform init && terraform plan read it as they read .tf files).',
    `Provider ${PROVIDER_SOURCE}: set DAGSTER_CLOUD_API_TOKEN (an Organization Admin token) in the environment; replace ${PLACEHOLDERS.dagsterOrganization}.`,
    `Creates ${toCreate.length === 0 ? 'no deployment (prod exists)' : toCreate.map((d) => d.name).join(', ')}, ${teams.length} team(s) and their deployment grants (Teams, extra deployments and per-location grants are Dagster+ Pro).`,
    ...(pro
      ? [
          'Roles: Editor where a team owns code locations (Launcher in a production deployment with a non-production twin when duties are separated);',
          'Viewer plus location_grants where its duties are separated in a shared deployment;',
          "Viewer elsewhere, except across a confidential team's deployments (no grant either way).",
        ]
      : [
          `No teams or grants: Teams and per-location grants are Dagster+ Pro, and your plan is ${PLAN_LIMITS[answers.plan].label}. Grant users roles per deployment instead (SETUP.md).`,
        ]),
    'Not included: team members (member blocks or dagsterplus_team_membership), branch-deployment grants',
    '(dagsterplus_team_branch_deployments_grant), agent tokens (dagsterplus_agent_token).',
    'Grants use dagsterplus_team_deployment_grant because only it takes location_grants; the provider docs prefer inline',
    'deployment_grant blocks when dagsterplus_team manages a team. UNCERTAIN: whether mixing both reports drift.',
    'Attribute names checked against the provider docs, not by terraform validate; the provider is in early development.',
  ];
  const config = {
    '//': headerLines(ctx, notes).join('\n'),
    ...providerBlocks(),
    resource: {
      ...(toCreate.length > 0
        ? {
            dagsterplus_deployment: Object.fromEntries(
              toCreate.map((d) => [d.name, deploymentResource(d.name)]),
            ),
          }
        : {}),
      ...(teams.length > 0
        ? { dagsterplus_team: Object.fromEntries(teams.map((t) => [t, teamResource(t)])) }
        : {}),
      ...(grants.length > 0
        ? {
            dagsterplus_team_deployment_grant: Object.fromEntries(
              grants.map((g) => [grantLabel(g.team, g.deployment), grantResource(g)]),
            ),
          }
        : {}),
    },
  };
  return [
    {
      path: TERRAFORM_PATH,
      repo: null,
      kind: 'text',
      content: terraformJson(config),
      description:
        'Terraform (dagsterplus provider): deployments to create, teams, and their deployment and code-location grants.',
    },
  ];
};
