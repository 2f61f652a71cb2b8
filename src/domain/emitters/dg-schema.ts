/**
 * Zod mirrors of the `dg` deploy files (dagster-facts.md §0, §8): `build.yaml`,
 * `container_context.yaml`, the `[tool.dg]` table of a project's pyproject.toml and a workspace
 * `dg.toml`. A transcription of dg's own rules, not of the docs: every object is strict (unknown
 * keys rejected, as dg's validator reports "Unrecognized field"), required keys are required and
 * enums are literal unions. dg-schema.test.ts proves each rejects what the source rejects. Sources:
 *
 * - dg config models: dagster-io/dagster
 *   `python_modules/libraries/dagster-dg-core/dagster_dg_core/config.py` at commit 0f2d9d8e (the
 *   same keys at 02872e83): `DgRawBuildConfig`, `DgRawProjectConfig`, `DgRawWorkspaceConfig`,
 *   `DgRawWorkspaceProjectSpec`, `DgRawWorkspaceNewProjectOptions`, `DgRawCliConfig`,
 *   `DgProjectFileConfig`, `DgWorkspaceFileConfig` and `_DgConfigValidator` (rejects extra keys,
 *   checks types, checks `registry_modules` patterns).
 * - container context: what `dg plus deploy` passes on as a location's `container_context`
 *   (`dagster_dg_cli/cli/utils.py` @0f2d9d8e), checked by the agent's location schema:
 *   dagster-io/dagster-cloud `dagster-cloud/dagster_cloud/workspace/config_schema/`
 *   `{__init__,kubernetes,ecs,docker}.py` at b064b378 ("Release 1.13.5"): a `Shape` of `k8s`
 *   (`K8S_CONFIG_FIELDS`), `docker` (`SHARED_DOCKER_CONFIG`) and `ecs`
 *   (`ECS_CONTAINER_CONTEXT_CONFIG`), nothing else at the top.
 */
import { z } from '../zod';

/**
 * Dagster's `StringSource` / `IntSource` / `BoolSource`: a literal value or `{ env: NAME }`, read
 * from the environment of the process that loads the config.
 */
const envSource = z.strictObject({ env: z.string() });
const stringSource = z.union([z.string(), envSource]);
const intSource = z.union([z.int(), envSource]);
const boolSource = z.union([z.boolean(), envSource]);
/** Dagster's `Permissive()` / `dict`: any mapping, passed through to Kubernetes, ECS or Docker. */
const permissive = z.record(z.string(), z.unknown());

// ---------------------------------------------------------------------------------------------
// build.yaml
// ---------------------------------------------------------------------------------------------

/**
 * `build.yaml` (workspace defaults or one project): `DgRawBuildConfig` has only `registry` and
 * `directory` (both `Optional[str]`). NOTE: dg loads the file without validating it, so the
 * strictness here follows the model and the docs ("only registry and directory"), not a dg error.
 */
export const dgBuildYamlSchema = z.strictObject({
  registry: z.optional(z.nullable(z.string())),
  directory: z.optional(z.nullable(z.string())),
});

// ---------------------------------------------------------------------------------------------
// container_context.yaml
// ---------------------------------------------------------------------------------------------

const k8sConfigMergeBehavior = z.enum(['SHALLOW', 'DEEP']);

/** `container_context.k8s`: `K8S_CONFIG_FIELDS` = `SHARED_K8S_CONFIG` + raw run/server config. */
export const k8sContainerContextSchema = z.strictObject({
  server_replica_count: z.optional(intSource),
  namespace: z.optional(z.nullable(stringSource)),
  image_pull_policy: z.optional(z.nullable(stringSource)),
  env_config_maps: z.optional(z.nullable(z.array(stringSource))),
  env_secrets: z.optional(z.nullable(z.array(stringSource))),
  service_account_name: z.optional(z.nullable(stringSource)),
  env_vars: z.optional(z.nullable(z.array(z.string()))),
  volume_mounts: z.optional(
    z.array(
      z.looseObject({
        name: stringSource,
        mount_path: z.optional(stringSource),
        mount_propagation: z.optional(stringSource),
        read_only: z.optional(boolSource),
        sub_path: z.optional(stringSource),
        sub_path_expr: z.optional(stringSource),
      }),
    ),
  ),
  volumes: z.optional(z.array(z.looseObject({ name: z.string() }))),
  image_pull_secrets: z.optional(z.nullable(z.array(z.strictObject({ name: stringSource })))),
  labels: z.optional(permissive),
  resources: z.optional(
    z.nullable(
      z.strictObject({ limits: z.optional(permissive), requests: z.optional(permissive) }),
    ),
  ),
  scheduler_name: z.optional(z.nullable(stringSource)),
  security_context: z.optional(permissive),
  run_k8s_config: z.optional(
    z.strictObject({
      container_config: z.optional(permissive),
      pod_template_spec_metadata: z.optional(permissive),
      pod_spec_config: z.optional(permissive),
      job_config: z.optional(permissive),
      job_metadata: z.optional(permissive),
      job_spec_config: z.optional(permissive),
      merge_behavior: z.optional(k8sConfigMergeBehavior),
    }),
  ),
  server_k8s_config: z.optional(
    z.strictObject({
      container_config: z.optional(permissive),
      pod_spec_config: z.optional(permissive),
      pod_template_spec_metadata: z.optional(permissive),
      merge_behavior: z.optional(k8sConfigMergeBehavior),
      deployment_metadata: z.optional(permissive),
      service_metadata: z.optional(permissive),
      service_spec_config: z.optional(permissive),
    }),
  ),
});

const ecsResources = z.looseObject({
  cpu: z.optional(z.string()),
  memory: z.optional(z.string()),
  ephemeral_storage: z.optional(z.int()),
});
const ecsTag = z.strictObject({ key: stringSource, value: z.optional(stringSource) });

/** `container_context.ecs`: `ECS_CONTAINER_CONTEXT_CONFIG` (which includes `SHARED_ECS_CONFIG`). */
export const ecsContainerContextSchema = z.strictObject({
  secrets: z.optional(
    z.nullable(z.array(z.strictObject({ name: stringSource, valueFrom: stringSource }))),
  ),
  secrets_tags: z.optional(z.nullable(z.array(stringSource))),
  env_vars: z.optional(z.array(stringSource)),
  task_role_arn: z.optional(stringSource),
  execution_role_arn: z.optional(stringSource),
  server_resources: z.optional(ecsResources),
  run_resources: z.optional(ecsResources),
  runtime_platform: z.optional(
    z.strictObject({
      cpuArchitecture: z.optional(stringSource),
      operatingSystemFamily: z.optional(stringSource),
    }),
  ),
  volumes: z.optional(z.array(z.looseObject({ name: z.optional(stringSource) }))),
  mount_points: z.optional(
    z.array(
      z.strictObject({
        sourceVolume: z.optional(stringSource),
        containerPath: z.optional(stringSource),
        readOnly: z.optional(boolSource),
      }),
    ),
  ),
  server_sidecar_containers: z.optional(z.array(permissive)),
  run_sidecar_containers: z.optional(z.array(permissive)),
  run_ecs_tags: z.optional(z.array(ecsTag)),
  server_ecs_tags: z.optional(z.array(ecsTag)),
  server_health_check: z.optional(permissive),
  repository_credentials: z.optional(stringSource),
});

/** `container_context.docker`: `SHARED_DOCKER_CONFIG`. */
export const dockerContainerContextSchema = z.strictObject({
  networks: z.optional(z.array(stringSource)),
  env_vars: z.optional(z.array(z.string())),
  container_kwargs: z.optional(permissive),
});

/**
 * `container_context.yaml`: the agent's `container_context` shape (`CONFIG_SCHEMA_FIELDS
 * ["container_context"]` @b064b378): `k8s`, `docker`, `ecs`. A top-level `env_vars` (which some
 * docs show, and dagster core's own `SHARED_CONTAINER_CONTEXT_SCHEMA` reads) is not in it: the
 * variables go under the platform key, as `dg plus deploy configure`'s own scaffold writes them.
 */
export const containerContextYamlSchema = z.strictObject({
  k8s: z.optional(k8sContainerContextSchema),
  ecs: z.optional(ecsContainerContextSchema),
  docker: z.optional(dockerContainerContextSchema),
});

// ---------------------------------------------------------------------------------------------
// [tool.dg] in pyproject.toml, and dg.toml
// ---------------------------------------------------------------------------------------------

/** `_DgConfigValidator`: "'.'-separated segments that are either valid Python identifiers or '*'". */
const MODULE_PATTERN = /^(?:[A-Za-z_][A-Za-z0-9_]*|\*)(?:\.(?:[A-Za-z_][A-Za-z0-9_]*|\*))*$/;

/** `DgRawCliConfig` (all optional). */
export const dgCliSchema = z.strictObject({
  verbose: z.optional(z.boolean()),
  use_component_modules: z.optional(z.array(z.string())),
  suppress_warnings: z.optional(z.array(z.string())),
  telemetry: z.optional(z.strictObject({ enabled: z.optional(z.boolean()) })),
});

/**
 * `[tool.dg.project]` (`[project]` in a project's dg.toml): `DgRawProjectConfig` @0f2d9d8e, where
 * only `root_module` is required. `agent_queue` and `image` are not among its keys, so dg reports
 * them as "Unrecognized field at `tool.dg.project`". The sources disagree here: the Dagster+ docs
 * (deployment/dagster-plus/management/build-yaml) and a later dg-cli (`cli/utils.py` @0004214e,
 * release not identified) read both from this table. config-format.ts keeps routing in
 * `dagster_cloud.yaml` until a release is known to accept them.
 */
export const dgProjectSchema = z.strictObject({
  root_module: z.string(),
  defs_module: z.optional(z.string()),
  code_location_target_module: z.optional(z.string()),
  code_location_name: z.optional(z.string()),
  registry_modules: z.optional(z.array(z.string().check(z.regex(MODULE_PATTERN)))),
});

/** `[tool.dg]` of a project: `DgProjectFileConfig`. */
export const dgProjectFileSchema = z.strictObject({
  directory_type: z.literal('project'),
  project: dgProjectSchema,
  cli: z.optional(dgCliSchema),
});

/**
 * A parsed `pyproject.dg.toml` fragment: only the `[tool.dg]` tables, to merge into the
 * project's pyproject.toml (where `[project]`, `[build-system]` etc. live beside them).
 */
export const pyprojectDgFragmentSchema = z.strictObject({
  tool: z.strictObject({ dg: dgProjectFileSchema }),
});

/** A workspace `dg.toml` (keys at the top level): `DgWorkspaceFileConfig`. */
export const dgWorkspaceTomlSchema = z.strictObject({
  directory_type: z.literal('workspace'),
  workspace: z.strictObject({
    projects: z.optional(z.array(z.strictObject({ path: z.string() }))),
    scaffold_project_options: z.optional(
      z.strictObject({ use_editable_dagster: z.optional(z.boolean()) }),
    ),
  }),
  cli: z.optional(dgCliSchema),
});
