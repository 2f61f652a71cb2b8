/**
 * A zod mirror of `terraform/main.tf.json`: Terraform's JSON syntax for the blocks we write
 * (`terraform.required_providers`, `provider`, `resource`, a top-level `"//"` comment) and the
 * `dagsterplus` provider's schema for every resource type emit-terraform.ts writes. Strict objects
 * (Terraform rejects unsupported arguments), required arguments required, enums as the provider's
 * validators list them. Computed-only attributes (`id`, `status`, `deployment_id`) are rejected:
 * Terraform does not let configuration set them. Sources:
 *
 * - provider: dagster-io/terraform-provider-dagsterplus `internal/provider/provider.go`
 *   (`organization`, `api_token`, `base_url`, all optional) and `examples/provider/main.tf`
 *   (source `dagster-io/dagsterplus`, version `~> 0.1`);
 * - resources: same repository, `internal/resources/resource_deployment.go`,
 *   `resource_team.go`, `resource_team_deployment_grant.go` (commit 36abec68: exactly one of
 *   `grant` / `custom_role_id`), `enums.go` (`grantLevels`, `deploymentAgentTypes`), and the
 *   generated `docs/resources/{deployment,team,team_deployment_grant}.md`;
 * - JSON syntax: https://developer.hashicorp.com/terraform/language/syntax/json (labels as nested
 *   objects, nested blocks as arrays of objects, `"//"` properties are comments).
 */
import { z } from '../zod';

/** `grantLevels` in the provider's enums.go. */
export const GRANT_LEVELS = ['VIEWER', 'LAUNCHER', 'EDITOR', 'ADMIN'] as const;
/** `deploymentAgentTypes` in the provider's enums.go. */
export const DEPLOYMENT_AGENT_TYPES = ['HYBRID', 'SERVERLESS'] as const;
/** `orgGrantLevels`: an organization grant takes only ADMIN (custom roles for anything else). */
const ORG_GRANT_LEVELS = ['ADMIN'] as const;

/** Terraform identifiers (resource labels): a letter or underscore, then letters, digits, `_`, `-`. */
const TERRAFORM_IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_-]*$/;
const label = z.string().check(z.regex(TERRAFORM_IDENTIFIER));

const grantFields = {
  grant: z.optional(z.enum(GRANT_LEVELS)),
  custom_role_id: z.optional(z.string()),
};

/** The two ways to give a role: a standard level or a custom role. */
type GrantChoice = { grant?: string | undefined; custom_role_id?: string | undefined };

/** `ExactlyOneOf(custom_role_id)` on `grant` in resource_team_deployment_grant.go. */
const exactlyOneGrant = z.refine<GrantChoice>(
  (g) => (g.grant === undefined) !== (g.custom_role_id === undefined),
  { message: 'Set exactly one of grant or custom_role_id.' },
);
/** `ConflictsWith` between `grant` and `custom_role_id` in resource_team.go's blocks. */
const atMostOneGrant = z.refine<GrantChoice>(
  (g) => g.grant === undefined || g.custom_role_id === undefined,
  { message: 'grant conflicts with custom_role_id.' },
);

/** `dagsterplus_deployment`. */
export const deploymentResourceSchema = z.strictObject({
  name: z.string(),
  agent_type: z.optional(z.enum(DEPLOYMENT_AGENT_TYPES)),
});

/** `dagsterplus_team`: `name` plus its optional list blocks. */
export const teamResourceSchema = z.strictObject({
  name: z.string(),
  organization_grant: z.optional(
    z
      .array(
        z
          .strictObject({
            grant: z.optional(z.enum(ORG_GRANT_LEVELS)),
            custom_role_id: z.optional(z.string()),
          })
          .check(atMostOneGrant),
      )
      .check(z.maxLength(1)),
  ),
  all_branch_deployments_grant: z.optional(
    z.array(z.strictObject(grantFields).check(atMostOneGrant)).check(z.maxLength(1)),
  ),
  deployment_grant: z.optional(
    z.array(z.strictObject({ deployment: z.string(), ...grantFields }).check(atMostOneGrant)),
  ),
  branch_deployments_grant: z.optional(
    z.array(
      z.strictObject({ parent_deployment: z.string(), ...grantFields }).check(atMostOneGrant),
    ),
  ),
  member: z.optional(z.array(z.strictObject({ user_id: z.string() }))),
});

/** One `location_grants` block of a team deployment grant. */
export const locationGrantSchema = z
  .strictObject({ location_name: z.string(), ...grantFields })
  .check(exactlyOneGrant);

/** `dagsterplus_team_deployment_grant`: `deployment` is the deployment's name, not its id. */
export const teamDeploymentGrantResourceSchema = z
  .strictObject({
    team_id: z.string(),
    deployment: z.string(),
    ...grantFields,
    location_grants: z.optional(z.array(locationGrantSchema)),
  })
  .check(exactlyOneGrant);

/** The provider block (`provider "dagsterplus" {}`); the token comes from the environment. */
export const providerConfigSchema = z.strictObject({
  organization: z.optional(z.string()),
  api_token: z.optional(z.string()),
  base_url: z.optional(z.string()),
});

/**
 * The whole file. NOTE: Terraform accepts more top-level blocks (`variable`, `data`, `output`...)
 * and other resource types; this mirror accepts only what emit-terraform.ts writes, and requires
 * `terraform`, `provider` and `resource` because a file without them configures nothing.
 */
export const terraformFileSchema = z.strictObject({
  '//': z.optional(z.string()),
  terraform: z.strictObject({
    required_providers: z.strictObject({
      dagsterplus: z.strictObject({
        // Without a source Terraform would look for hashicorp/dagsterplus, which does not exist.
        source: z.literal('dagster-io/dagsterplus'),
        version: z.optional(z.string().check(z.minLength(1))),
      }),
    }),
  }),
  provider: z.strictObject({ dagsterplus: providerConfigSchema }),
  resource: z.strictObject({
    dagsterplus_deployment: z.optional(z.record(label, deploymentResourceSchema)),
    dagsterplus_team: z.optional(z.record(label, teamResourceSchema)),
    dagsterplus_team_deployment_grant: z.optional(
      z.record(label, teamDeploymentGrantResourceSchema),
    ),
  }),
});
