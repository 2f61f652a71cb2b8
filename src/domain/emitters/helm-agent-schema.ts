/**
 * A zod transcription of the `dagster-cloud-agent` Helm chart's own `values.schema.json`, the file
 * Helm checks every values file against (`helm install` / `helm lint` / `helm template`).
 *
 * Source: dagster-io/helm-user-cloud, branch gh-pages @c73e22c0 (2024-10-24, "Helm release for
 * dagster-cloud-agent release 1.8.13"), `dagster-cloud-agent-1.8.13.tgz` →
 * `dagster-cloud-agent/values.schema.json`: the newest chart that repository publishes.
 *
 * Transcribed as the chart states it: an object with `additionalProperties: false` is strict,
 * every other object keeps unknown keys (JSON Schema's default, so is the root: the chart also
 * takes `extraManifests`), `anyOf [T, null]` is nullable, `integer` is an integer, enums are
 * literal unions. Keys the schema lists as `required` are left optional here: Helm validates the
 * chart's defaults (values.yaml) merged with the user's file, and the defaults hold them all.
 * Kubernetes objects the schema leaves open (affinity, resources, volumes…) stay open.
 */
import { z } from '../zod';

export const HELM_CHART_SOURCE = {
  repository: 'dagster-io/helm-user-cloud',
  branch: 'gh-pages',
  commit: 'c73e22c0223258661121cfa9479c5e3a9f4caf3a',
  chart: 'dagster-cloud-agent',
  version: '1.8.13',
} as const;

/** `anyOf: [{type: T}, {type: null}]`, optional because defaults fill it. */
const maybe = <T extends z.ZodMiniType>(type: T) => z.optional(z.nullable(type));
/** An object the schema leaves open (no properties, no `additionalProperties`). */
const open = z.record(z.string(), z.unknown());
const strings = z.record(z.string(), z.string());

/** `#/definitions/PullPolicy`. */
const pullPolicy = z.enum(['Always', 'IfNotPresent', 'Never']);

/** `#/definitions/AgentQueues`. */
const agentQueues = z.looseObject({
  includeDefaultQueue: maybe(z.boolean()),
  additionalQueues: maybe(z.array(z.string())),
});

/** `#/definitions/DagsterCloud`. */
const dagsterCloud = z.looseObject({
  endpoint: maybe(z.string()),
  agentTokenSecretName: maybe(z.string()),
  agentTokenValue: maybe(z.string()),
  deployment: maybe(z.string()),
  deployments: maybe(z.array(z.string())),
  agentLabel: maybe(z.string()),
  branchDeployments: maybe(z.boolean()),
  proxies: maybe(strings),
  socketOptions: maybe(z.array(z.array(z.union([z.int(), z.string()])))),
  timeout: maybe(z.int()),
  retries: maybe(z.int()),
  backoffFactor: maybe(z.number()),
  agentQueues: maybe(agentQueues),
});

/** `#/definitions/DagsterCloudAgent` (the agent's own pod). */
const dagsterCloudAgent = z.looseObject({
  image: z.optional(
    z.looseObject({
      repository: z.optional(z.string()),
      tag: maybe(z.union([z.string(), z.int()])),
      pullPolicy: z.optional(pullPolicy),
    }),
  ),
  env: z.optional(strings),
  nodeSelector: z.optional(strings),
  affinity: z.optional(open),
  tolerations: z.optional(z.array(z.unknown())),
  podSecurityContext: z.optional(open),
  securityContext: z.optional(open),
  resources: z.optional(open),
  annotations: z.optional(strings),
  labels: z.optional(open),
  deploymentStrategy: z.optional(open),
  readinessProbe: z.optional(open),
  heartbeatTolerance: z.optional(z.int()),
  replicas: z.optional(z.int()),
  initContainers: z.optional(z.array(open)),
  schedulerName: z.optional(z.string()),
  loggingConfig: z.optional(open),
  volumes: z.optional(z.array(open)),
  volumeMounts: z.optional(z.array(open)),
  kubeconfigFile: z.optional(z.string()),
  envFrom: z.optional(z.array(open)),
  additionalPodSpecConfig: z.optional(open),
});

const ttl = z.looseObject({ enabled: maybe(z.boolean()), ttlSeconds: maybe(z.int()) });

/** `#/definitions/DagsterCloudUserWorkspace` (code servers and runs the agent launches). */
const workspace = z.looseObject({
  pullPolicy: z.optional(pullPolicy),
  namespace: maybe(z.string()),
  serviceAccountName: maybe(z.string()),
  envConfigMaps: z.optional(z.array(open)),
  envSecrets: z.optional(z.array(open)),
  envVars: maybe(z.array(z.string())),
  volumeMounts: z.optional(z.array(open)),
  volumes: z.optional(z.array(open)),
  labels: maybe(strings),
  deploymentStartupTimeout: maybe(z.int()),
  serverProcessStartupTimeout: maybe(z.int()),
  imagePullGracePeriod: maybe(z.int()),
  resources: maybe(open),
  serverTTL: maybe(
    z.looseObject({
      fullDeployments: maybe(ttl),
      branchDeployments: maybe(z.looseObject({ ttlSeconds: maybe(z.int()) })),
      maxServers: maybe(z.int()),
      enabled: maybe(z.boolean()),
      ttlSeconds: maybe(z.int()),
    }),
  ),
  schedulerName: maybe(z.string()),
  deferJobSnapshots: maybe(z.boolean()),
  securityContext: maybe(open),
  // `#/definitions/RunK8sConfig`: additionalProperties false.
  runK8sConfig: maybe(
    z.strictObject({
      containerConfig: maybe(open),
      podSpecConfig: maybe(open),
      podTemplateSpecMetadata: maybe(open),
      jobSpecConfig: maybe(open),
      jobMetadata: maybe(open),
    }),
  ),
  // `#/definitions/ServerK8sConfig`: additionalProperties false.
  serverK8sConfig: maybe(
    z.strictObject({
      containerConfig: maybe(open),
      podSpecConfig: maybe(open),
      podTemplateSpecMetadata: maybe(open),
      deploymentMetadata: maybe(open),
      serviceMetadata: maybe(open),
    }),
  ),
  // `#/definitions/OnlyAllowUserDefinedK8sConfigFields`: additionalProperties false.
  onlyAllowUserDefinedK8sConfigFields: maybe(
    z.strictObject({
      containerConfig: maybe(z.record(z.string(), z.boolean())),
      podSpecConfig: maybe(z.record(z.string(), z.boolean())),
      podTemplateSpecMetadata: maybe(z.record(z.string(), z.boolean())),
      jobSpecConfig: maybe(z.record(z.string(), z.boolean())),
      jobMetadata: maybe(z.record(z.string(), z.boolean())),
      serviceMetadata: maybe(z.record(z.string(), z.boolean())),
      deploymentMetadata: maybe(z.record(z.string(), z.boolean())),
      namespace: maybe(z.boolean()),
    }),
  ),
  onlyAllowUserDefinedEnvVars: maybe(z.array(z.string())),
});

const enabled = z.looseObject({ enabled: z.optional(z.boolean()) });

/** The values file a user passes with `--values` (see the module header for "optional"). */
export const helmAgentValuesSchema = z.looseObject({
  imagePullSecrets: z.optional(z.array(open)),
  dagsterCloud: z.optional(dagsterCloud),
  dagsterCloudAgent: z.optional(dagsterCloudAgent),
  workspace: z.optional(workspace),
  // `#/definitions/ServiceAccount`.
  serviceAccount: z.optional(
    z.looseObject({
      create: z.optional(z.boolean()),
      name: z.optional(z.string()),
      annotations: z.optional(strings),
    }),
  ),
  isolatedAgents: z.optional(enabled),
  agentReplicas: z.optional(enabled),
  // `#/definitions/ComputeLogs`; `custom` is a ConfigurableClass (additionalProperties false).
  computeLogs: z.optional(
    z.looseObject({
      enabled: z.optional(z.boolean()),
      custom: z.optional(z.strictObject({ module: z.string(), class: z.string(), config: open })),
    }),
  ),
  // `#/definitions/PythonLogs`: additionalProperties false.
  pythonLogs: z.optional(
    z.strictObject({
      pythonLogLevel: z.optional(
        z.enum(['CRITICAL', 'FATAL', 'ERROR', 'WARN', 'WARNING', 'INFO', 'DEBUG', 'NOTSET']),
      ),
      managedPythonLoggers: z.optional(z.array(z.string())),
      dagsterHandlerConfig: z.optional(open),
    }),
  ),
  agentMetrics: z.optional(enabled),
  codeServerMetrics: z.optional(enabled),
});
