/**
 * Reads an agent's configuration: a `dagster.yaml` (Docker, ECS, local agents) or the Helm values
 * of the Kubernetes chart (facts §2, §6), telling which one it is from its keys. Only the settings
 * that decide isolation are read: deployments served, branch deployments, agent queues and
 * isolated agents. Never throws.
 */
import type { AgentPlatform } from '../questionnaire/schemas';
import { EXISTING_DEPLOYMENT } from '../topology/types';
import { finding, yamlErrorFinding } from './findings';
import type { Finding, ImportedAgent, ParseOutcome } from './types';
import {
  entriesOf,
  isYamlMap,
  itemsOf,
  loadYaml,
  scalarValue,
  type YamlBudget,
  type YamlEntry,
} from './yaml-source';

/** Top-level keys that only a Dagster agent `dagster.yaml` has. */
const DAGSTER_YAML_KEYS = [
  'dagster_cloud_api',
  'user_code_launcher',
  'agent_queues',
  'isolated_agents',
  'agent_replicas',
  'instance_class',
];
/** Top-level keys of the `dagster-cloud-agent` Helm chart's values. */
const HELM_KEYS = ['dagsterCloud', 'dagsterCloudAgent', 'isolatedAgents', 'workspace'];

/** A top-level YAML key at the start of a line (`key:`, `"key":`), as the detector reads it. */
const TOP_KEY = /^(["']?)([A-Za-z_][A-Za-z0-9_]*)\1[ \t]*:(?:[ \t]|$)/;

/**
 * Whether `text` has a top-level key only an agent configuration has (a `dagster.yaml` or the Helm
 * values), the keys `parseAgentConfig` tells the two kinds by. Reads lines, not YAML, so it can
 * sort a repository's YAML files cheaply; `parseAgentConfig` still reads the chosen ones in full.
 */
export const looksLikeAgentConfig = (text: string): boolean =>
  text.split('\n').some((line) => {
    const key = TOP_KEY.exec(line)?.[2];
    return key !== undefined && (DAGSTER_YAML_KEYS.includes(key) || HELM_KEYS.includes(key));
  });

/** `user_code_launcher.module` / `class` fragments → platform (facts §6). */
const LAUNCHER_PLATFORMS = [
  { match: /ecs/i, platform: 'ecs' },
  { match: /docker/i, platform: 'docker' },
  { match: /k8s|kubernetes/i, platform: 'k8s' },
  { match: /process/i, platform: 'local' },
] as const satisfies readonly { match: RegExp; platform: AgentPlatform }[];

type Lookup = (entries: readonly YamlEntry[], key: string) => YamlEntry | undefined;
const get: Lookup = (entries, key) => entries.find((e) => e.key === key);

const sub = (
  entries: readonly YamlEntry[],
  key: string,
  lineOf: (n: unknown) => number | null,
): YamlEntry[] => {
  const e = get(entries, key);
  return e !== undefined && isYamlMap(e.value) ? entriesOf(e.value, lineOf) : [];
};

const str = (e: YamlEntry | undefined): string | null => {
  const v = scalarValue(e?.value);
  return typeof v === 'string' && v !== '' ? v : null;
};
const bool = (e: YamlEntry | undefined): boolean | null => {
  const v = scalarValue(e?.value);
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'True') return true;
  if (v === 'false' || v === 'False') return false;
  return null;
};
const strings = (e: YamlEntry | undefined): string[] => {
  if (e === undefined) return [];
  const single = scalarValue(e.value);
  // Helm --set additionalQueues={"q"} and hand-written values both end up as a list; accept a
  // single string too.
  if (typeof single === 'string') return single === '' ? [] : [single];
  return itemsOf(e.value)
    .map((i) => scalarValue(i))
    .filter((v): v is string => typeof v === 'string' && v !== '');
};

/**
 * Parses an agent `dagster.yaml` or Helm values text. `file` names it in findings
 * ("agent config 1"); `budget` is shared with the other YAML files of a check (loadYaml).
 */
export const parseAgentConfig = (
  text: string,
  file = 'agent config',
  budget?: YamlBudget,
): ParseOutcome<ImportedAgent> => {
  const source = loadYaml(text, budget);
  const findings: Finding[] = [];
  if (source.errors.length > 0) {
    for (const e of source.errors) {
      findings.push(yamlErrorFinding(file, e, 'Fix the indentation or quoting on that line.'));
    }
    const tooLarge = source.errors.some((e) => e.tooLarge === true);
    return {
      ok: false,
      reason: tooLarge ? 'More YAML than the import reads.' : 'YAML syntax error.',
      findings,
    };
  }
  const top = entriesOf(source.root, source.lineOf);
  const keys = top.map((e) => e.key);
  const isHelm = keys.some((k) => HELM_KEYS.includes(k));
  const isDagsterYaml = keys.some((k) => DAGSTER_YAML_KEYS.includes(k));
  if (!isHelm && !isDagsterYaml) {
    findings.push(
      finding(
        'agent-config-unrecognised',
        file,
        null,
        'This is neither an agent dagster.yaml (no "dagster_cloud_api", "agent_queues" or "user_code_launcher") nor Helm values of the dagster-cloud-agent chart (no "dagsterCloud").',
        'Paste the agent\'s dagster.yaml, or the values file passed to "helm install ... dagster-cloud/dagster-cloud-agent".',
      ),
    );
    return { ok: false, reason: 'Not an agent configuration.', findings };
  }
  const lineOf = source.lineOf;

  // Helm wins when both kinds of keys appear: a values file can embed dagster.yaml snippets.
  const kind: ImportedAgent['kind'] = isHelm ? 'helm-values' : 'dagster-yaml';
  const api =
    kind === 'helm-values'
      ? sub(top, 'dagsterCloud', lineOf)
      : sub(top, 'dagster_cloud_api', lineOf);
  const names =
    kind === 'helm-values'
      ? {
          deployment: 'deployment',
          deployments: 'deployments',
          branch: 'branchDeployments',
          label: 'agentLabel',
        }
      : {
          deployment: 'deployment',
          deployments: 'deployments',
          branch: 'branch_deployments',
          label: 'agent_label',
        };
  const single = get(api, names.deployment);
  const several = get(api, names.deployments);
  if (str(single) !== null && strings(several).length > 0) {
    findings.push(
      finding(
        'agent-deployment-conflict',
        file,
        several?.line ?? null,
        `The agent sets both "${names.deployment}" and "${names.deployments}"; it accepts only one of them and fails to start.`,
        `Keep "${names.deployments}" with every deployment listed.`,
      ),
    );
  }
  const deployments = [
    ...new Set([...(str(single) ? [str(single) ?? ''] : []), ...strings(several)]),
  ];
  const branchDeployments = bool(get(api, names.branch)) ?? false;
  if (deployments.length === 0 && !branchDeployments) {
    findings.push(
      finding(
        'agent-no-deployment',
        file,
        null,
        'The agent names no deployment and does not serve branch deployments; the import assumes it serves "prod".',
        `Set "${names.deployment}: prod" (or "${names.deployments}") to say which deployment it serves.`,
      ),
    );
  }

  const queuesEntry = kind === 'helm-values' ? get(api, 'agentQueues') : get(top, 'agent_queues');
  const queues =
    queuesEntry !== undefined && isYamlMap(queuesEntry.value)
      ? entriesOf(queuesEntry.value, lineOf)
      : [];
  const includeDefaultQueue =
    bool(get(queues, kind === 'helm-values' ? 'includeDefaultQueue' : 'include_default_queue')) ??
    true;
  const additionalQueues = strings(
    get(queues, kind === 'helm-values' ? 'additionalQueues' : 'additional_queues'),
  );

  const isolatedBlock =
    kind === 'helm-values'
      ? [...sub(top, 'isolatedAgents', lineOf), ...sub(api, 'isolatedAgents', lineOf)]
      : [...sub(top, 'isolated_agents', lineOf), ...sub(top, 'agent_replicas', lineOf)];
  const isolated = bool(get(isolatedBlock, 'enabled')) ?? false;

  let platform: AgentPlatform | null = kind === 'helm-values' ? 'k8s' : null;
  if (kind === 'dagster-yaml') {
    const launcher = sub(top, 'user_code_launcher', lineOf);
    const text = `${str(get(launcher, 'module')) ?? ''} ${str(get(launcher, 'class')) ?? ''}`;
    platform = LAUNCHER_PLATFORMS.find((p) => p.match.test(text))?.platform ?? null;
  }

  return {
    ok: true,
    value: {
      kind,
      file,
      label: str(get(api, names.label)),
      deployments:
        deployments.length > 0 || branchDeployments ? deployments : [EXISTING_DEPLOYMENT],
      branchDeployments,
      includeDefaultQueue,
      additionalQueues,
      isolated,
      platform,
      queuesLine: queuesEntry?.line ?? null,
    },
    findings,
  };
};
