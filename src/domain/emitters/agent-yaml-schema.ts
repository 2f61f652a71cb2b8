/**
 * A zod transcription of what a Dagster+ agent accepts in its `dagster.yaml` (ECS, Docker and
 * local agents; the Kubernetes agent is configured through Helm, see helm-agent-schema.ts).
 *
 * Dagster validates the whole file against one config schema: the core instance keys merged with
 * the instance class's own (`dagster_instance_config`), and config dicts reject keys they do not
 * know ("Received unexpected config entry"), so every object here is strict. The launcher's own
 * `config` is then checked against the launcher class's `config_type()`. Sources:
 *
 * - core keys: dagster-io/dagster `python_modules/dagster/dagster/_core/instance/config.py`
 *   @36499732 (`dagster_instance_config_schema`, `configurable_class_schema`); their inner shapes
 *   are not transcribed (the app writes none of them) and stay open;
 * - agent keys: dagster-io/dagster-cloud @b064b378 ("Release 1.13.5"):
 *   `dagster_cloud/instance/__init__.py` (`DagsterCloudAgentInstance.config_schema`,
 *   `_agent_queues_config_schema`, `_isolated_agents_config_schema`, and the check "Cannot set
 *   both deployment and deployments in `dagster_cloud_api`"), `dagster_cloud/storage/client.py`
 *   (`dagster_cloud_api_config`);
 * - launchers, same commit: `workspace/ecs/launcher.py` (`EcsUserCodeLauncher.config_type`),
 *   `workspace/config_schema/ecs.py` (`SHARED_ECS_CONFIG`), `workspace/docker/__init__.py` and
 *   `workspace/config_schema/docker.py` (`SHARED_DOCKER_CONFIG`),
 *   `workspace/user_code_launcher/process.py`, and `SHARED_USER_CODE_LAUNCHER_CONFIG` in
 *   `workspace/user_code_launcher/user_code_launcher.py`.
 *
 * A `Field` with no default whose type has a required key is required (Dagster's rule), so the
 * ECS launcher needs `cluster`, `subnets`, `execution_role_arn`, `log_group` and
 * `service_discovery_namespace_id`.
 */
import { z } from '../zod';

export const AGENT_YAML_SOURCES = {
  core: { repository: 'dagster-io/dagster', commit: '36499732c71f4be7abc69ddf9d1d4bd1d82ab72b' },
  agent: {
    repository: 'dagster-io/dagster-cloud',
    commit: 'b064b3789ee0adb37e3f8ba377b40fd70515c754',
    release: '1.13.5',
  },
} as const;

/** `StringSource` / `IntSource` / `BoolSource`: a value or `{ env: NAME }`. */
const env = z.strictObject({ env: z.string() });
const stringSource = z.union([z.string(), env]);
const intSource = z.union([z.int(), env]);
const boolSource = z.union([z.boolean(), env]);
/** `Permissive()` / `dict`. */
const open = z.record(z.string(), z.unknown());

/** `configurable_class_schema()`: `{module, class, config}` with a free-form config. */
const configurableClass = z.strictObject({
  module: z.string(),
  class: z.string(),
  config: z.optional(open),
});

/** `dagster_cloud_api_config()`. */
const dagsterCloudApi = z
  .strictObject({
    url: z.optional(stringSource),
    agent_token: stringSource,
    agent_label: z.optional(stringSource),
    deployment: z.optional(z.union([z.string(), z.array(z.string())])),
    deployments: z.optional(z.array(stringSource)),
    branch_deployments: z.optional(boolSource),
    timeout: z.optional(z.nullable(intSource)),
    retries: z.optional(intSource),
    backoff_factor: z.optional(z.number()),
    method: z.optional(stringSource),
    verify: z.optional(z.boolean()),
    headers: z.optional(open),
    cookies: z.optional(open),
    proxies: z.optional(z.record(z.string(), z.string())),
    socket_options: z.optional(z.nullable(z.array(z.array(z.unknown())))),
    all_serverless_deployments: z.optional(boolSource),
  })
  .check(
    z.refine((api) => api.deployment === undefined || api.deployments === undefined, {
      message: 'Cannot set both deployment and deployments in `dagster_cloud_api`',
    }),
  );

const metrics = z.strictObject({ enabled: z.optional(z.boolean()) });

/** `SHARED_USER_CODE_LAUNCHER_CONFIG`. */
const sharedLauncher = {
  server_ttl: z.optional(
    z.strictObject({
      full_deployments: z.optional(
        z.strictObject({ enabled: boolSource, ttl_seconds: z.optional(intSource) }),
      ),
      branch_deployments: z.optional(z.strictObject({ ttl_seconds: z.optional(intSource) })),
      max_servers: z.optional(intSource),
      enabled: z.optional(boolSource),
      ttl_seconds: z.optional(intSource),
    }),
  ),
  defer_job_snapshots: z.optional(boolSource),
  direct_snapshot_uploads: z.optional(boolSource),
  upload_snapshots_on_startup: z.optional(boolSource),
  requires_healthcheck: z.optional(boolSource),
};

const ecsResources = z.looseObject({
  cpu: z.optional(z.string()),
  memory: z.optional(z.string()),
  ephemeral_storage: z.optional(z.int()),
});
const ecsTag = z.strictObject({ key: stringSource, value: z.optional(stringSource) });

/** `EcsUserCodeLauncher.config_type()`: its own keys + `SHARED_ECS_CONFIG` + shared. */
export const ecsLauncherConfigSchema = z.strictObject({
  cluster: stringSource,
  subnets: z.array(stringSource),
  security_group_ids: z.optional(z.array(stringSource)),
  execution_role_arn: stringSource,
  task_role_arn: z.optional(stringSource),
  log_group: stringSource,
  service_discovery_namespace_id: stringSource,
  secrets: z.optional(
    z.array(z.union([z.string(), z.strictObject({ name: stringSource, valueFrom: stringSource })])),
  ),
  secrets_tag: z.optional(z.nullable(stringSource)),
  env_vars: z.optional(z.array(stringSource)),
  server_process_startup_timeout: z.optional(intSource),
  ecs_timeout: z.optional(intSource),
  ecs_grace_period: z.optional(intSource),
  launch_type: z.optional(z.enum(['FARGATE', 'EC2'])),
  code_server_metrics: z.optional(metrics),
  agent_metrics: z.optional(metrics),
  enable_ecs_exec: z.optional(z.boolean()),
  server_task_definition_prefix: z.optional(z.string()),
  run_task_definition_prefix: z.optional(z.string()),
  assign_public_ip: z.optional(z.nullable(z.boolean())),
  service_discovery_role_arn: z.optional(stringSource),
  // SHARED_ECS_CONFIG
  server_resources: z.optional(ecsResources),
  run_resources: z.optional(ecsResources),
  runtime_platform: z.optional(
    z.strictObject({
      cpuArchitecture: z.optional(stringSource),
      operatingSystemFamily: z.optional(stringSource),
    }),
  ),
  volumes: z.optional(z.array(open)),
  mount_points: z.optional(z.array(open)),
  server_sidecar_containers: z.optional(z.array(open)),
  run_sidecar_containers: z.optional(z.array(open)),
  run_ecs_tags: z.optional(z.array(ecsTag)),
  server_ecs_tags: z.optional(z.array(ecsTag)),
  server_health_check: z.optional(open),
  repository_credentials: z.optional(stringSource),
  ...sharedLauncher,
});

/** `DockerUserCodeLauncher.config_type()`: `SHARED_DOCKER_CONFIG` + its own + shared. */
export const dockerLauncherConfigSchema = z.strictObject({
  networks: z.optional(z.array(stringSource)),
  env_vars: z.optional(z.array(z.string())),
  container_kwargs: z.optional(open),
  server_process_startup_timeout: z.optional(intSource),
  ...sharedLauncher,
});

/** `ProcessUserCodeLauncher.config_type()`. */
export const processLauncherConfigSchema = z.strictObject({
  server_process_startup_timeout: z.optional(intSource),
  wait_for_processes: z.optional(boolSource),
  code_server_metrics: z.optional(metrics),
  agent_metrics: z.optional(metrics),
  ...sharedLauncher,
});

/** The launcher classes an agent `dagster.yaml` names, and the config each accepts. */
export const LAUNCHER_CONFIG_SCHEMAS = {
  'dagster_cloud.workspace.ecs.EcsUserCodeLauncher': ecsLauncherConfigSchema,
  'dagster_cloud.workspace.docker.DockerUserCodeLauncher': dockerLauncherConfigSchema,
  'dagster_cloud.workspace.user_code_launcher.ProcessUserCodeLauncher': processLauncherConfigSchema,
} as const;

const launcher = configurableClass.check(
  z.superRefine((value, ctx) => {
    const schema = (LAUNCHER_CONFIG_SCHEMAS as Record<string, z.ZodMiniType | undefined>)[
      `${value.module}.${value.class}`
    ];
    if (schema === undefined) {
      ctx.addIssue({ code: 'custom', message: `unknown launcher ${value.module}.${value.class}` });
      return;
    }
    const result = schema.safeParse(value.config ?? {});
    for (const issue of result.error?.issues ?? []) {
      ctx.addIssue({
        code: 'custom',
        path: ['config', ...issue.path.map(String)],
        message: issue.message,
      });
    }
  }),
);

/** The whole `dagster.yaml` of a Dagster+ agent (`DagsterCloudAgentInstance`). */
export const agentDagsterYamlSchema = z.strictObject({
  // dagster core, `dagster_instance_config_schema()` (inner shapes open, see the header)
  local_artifact_storage: z.optional(configurableClass),
  compute_logs: z.optional(configurableClass),
  storage: z.optional(open),
  run_queue: z.optional(open),
  run_storage: z.optional(configurableClass),
  event_log_storage: z.optional(configurableClass),
  schedule_storage: z.optional(configurableClass),
  scheduler: z.optional(configurableClass),
  run_coordinator: z.optional(configurableClass),
  run_launcher: z.optional(configurableClass),
  telemetry: z.optional(open),
  nux: z.optional(open),
  instance_class: z.optional(configurableClass),
  python_logs: z.optional(open),
  run_monitoring: z.optional(open),
  run_retries: z.optional(open),
  code_servers: z.optional(open),
  secrets: z.optional(open),
  retention: z.optional(open),
  sensors: z.optional(open),
  schedules: z.optional(open),
  auto_materialize: z.optional(open),
  // DagsterCloudAgentInstance.config_schema()
  dagster_cloud_api: dagsterCloudApi,
  user_code_launcher: z.optional(launcher),
  isolated_agents: z.optional(z.strictObject({ enabled: z.optional(z.boolean()) })),
  agent_replicas: z.optional(z.strictObject({ enabled: z.optional(z.boolean()) })),
  agent_queues: z.optional(
    z.strictObject({
      include_default_queue: z.optional(z.boolean()),
      additional_queues: z.optional(z.array(z.string())),
    }),
  ),
  allowed_full_deployment_locations: z.optional(z.record(z.string(), z.array(z.string()))),
  allowed_branch_deployment_locations: z.optional(z.array(z.string())),
});
