/**
 * The emitters' builders the migration plan shows its Terraform, CI, run-queue and dg changes with,
 * so those changes are exactly what the generated files hold. `planMigration` takes them as an
 * argument instead of importing them: in the app, the results' details already hold the emitters
 * and re-export this kit, and the import's migration section takes it from there. Imported by
 * both, the emitters would be split into a chunk of their own, about 1 kB more for every reader
 * of a share link.
 */
import { teamGrantsOf } from '../emitters/access';
import { githubDeployJobs, githubTriggers, WORKFLOW_PATH } from '../emitters/emit-ci-workflow';
import { DG_ROUTING_FACT } from '../emitters/config-format';
import { deploymentSettingsOf, needsRunLimits } from '../emitters/emit-deployment-settings';
import {
  dgProjectTables,
  dgWorkspaceTables,
  PYPROJECT_FRAGMENT,
} from '../emitters/emit-dg-project';
import { GITLAB_CI_PATH, gitlabTargetJobs, gitlabWorkflow } from '../emitters/emit-gitlab-ci';
import {
  deploymentResource,
  grantLabel,
  grantResource,
  providerBlocks,
  teamResource,
  terraformJson,
  TERRAFORM_PATH,
} from '../emitters/emit-terraform';
import { deployTargetsOf, repoFilePath } from '../emitters/placement';
import { toToml } from '../emitters/to-toml';

export const MIGRATION_KIT = {
  teamGrantsOf,
  githubDeployJobs,
  githubTriggers,
  WORKFLOW_PATH,
  deploymentSettingsOf,
  needsRunLimits,
  GITLAB_CI_PATH,
  gitlabTargetJobs,
  gitlabWorkflow,
  deploymentResource,
  grantLabel,
  grantResource,
  providerBlocks,
  teamResource,
  terraformJson,
  TERRAFORM_PATH,
  deployTargetsOf,
  repoFilePath,
  dgProjectTables,
  dgWorkspaceTables,
  PYPROJECT_FRAGMENT,
  toToml,
  DG_ROUTING_FACT,
} as const;

export type MigrationKit = typeof MIGRATION_KIT;
