/**
 * The deploy commands of each config format (config-format.ts), shared by the GitHub workflow, the
 * GitLab pipeline and CI-DEPLOY.md so the three say the same thing:
 *
 * - legacy: `dagster-cloud ci check | init | set-build-output | deploy` over `dagster_cloud.yaml`
 *   (the Dagster+ Hybrid quickstart workflow, dagster-facts.md §3);
 * - dg: `dg plus deploy start | set-build-output | finish` over the dg project files, as the
 *   workflow `dg plus deploy configure` scaffolds (dagster-io/dagster
 *   `dagster_dg_cli/templates/hybrid-github-action.yaml` @49044a16 and `build-location-fragment.yaml`
 *   @78f504d0; dagster-io/dagster-cloud-action `actions/utils/dg-deploy-init` and `dg-cli` at tag
 *   v1.13.7). `dg plus deploy start` validates the configuration itself, so there is no check step.
 *
 * Commands are written without the program name: `bin` runs them in a shell, `action` in the
 * GitHub action that wraps the same program.
 */
import type { ConfigFormat } from './config-format';

export type DeployCommands = {
  /** The program: `dagster-cloud` or `dg`. */
  readonly bin: string;
  /** The dagster-cloud-action utility that runs `bin` in GitHub Actions. */
  readonly action: string;
  /** Validation before the session starts, or null when starting it validates. */
  readonly check: string | null;
  /** Starts the session (flags follow: deployment, git metadata, locations). */
  readonly start: string;
  readonly setBuildOutput: (location: string, imageTag: string) => string;
  readonly finish: string;
  /** Repository files (outside the location folders) whose change rebuilds every location. */
  readonly configFiles: readonly string[];
};

/**
 * The commands of `format`, with the project folder written as `dir` (`$DAGSTER_PROJECT_DIR` in a
 * shell, `${{ env.DAGSTER_PROJECT_DIR }}` in a GitHub action input).
 */
export const deployCommands = (format: ConfigFormat, dir: string): DeployCommands =>
  format === 'dg'
    ? {
        bin: 'dg',
        action: 'dg-cli',
        check: null,
        start: `plus deploy start --target-path=${dir} --yes`,
        setBuildOutput: (location, imageTag) =>
          `plus deploy set-build-output --path=${dir} --location-name=${location} --image-tag=${imageTag}`,
        finish: `plus deploy finish --path=${dir}`,
        configFiles: ['dg.toml', 'build.yaml', 'container_context.yaml'],
      }
    : {
        bin: 'dagster-cloud',
        action: 'dagster-cloud-cli',
        check: `ci check --project-dir=${dir} --dagster-cloud-yaml-path=$DAGSTER_CLOUD_YAML_PATH`,
        start: `ci init --project-dir=${dir} --dagster-cloud-yaml-path=$DAGSTER_CLOUD_YAML_PATH`,
        setBuildOutput: (location, imageTag) =>
          `ci set-build-output --location-name=${location} --image-tag=${imageTag}`,
        finish: 'ci deploy',
        configFiles: ['dagster_cloud.yaml'],
      };
