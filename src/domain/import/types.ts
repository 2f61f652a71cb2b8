/**
 * The import contract: what the parsers read out of a user's existing files (dagster_cloud.yaml,
 * agent dagster.yaml / Helm values, CODEOWNERS) and the findings the audit reports. Everything is
 * plain, serialisable data so the UI can render it and tests can compare it.
 */
import type { CODE_SOURCE_KEYS } from '../emitters/dagster-cloud-schema';
import type { AgentPlatform } from '../questionnaire/schemas';
import type { DetectedVersion } from './dagster-version';
import type { GeneratedLink } from './generated-link';

export type Severity = 'error' | 'warning' | 'info';

/** Every kind of finding the import can report, with its severity and a short title. */
export const FINDING_KINDS = {
  'yaml-syntax': { severity: 'error', title: 'YAML syntax error' },
  'yaml-too-large': { severity: 'error', title: 'More YAML than the import reads' },
  'not-a-mapping': { severity: 'error', title: 'The file is not a YAML mapping' },
  'locations-missing': { severity: 'error', title: 'No locations list' },
  'wrong-type': { severity: 'error', title: 'Value of the wrong type' },
  'unknown-key': { severity: 'error', title: 'Unknown key' },
  'file-name-key': { severity: 'error', title: '"file_name" instead of "python_file"' },
  'code-source-missing': { severity: 'error', title: 'No code source' },
  'code-source-several': { severity: 'error', title: 'Several code sources' },
  'location-name-missing': { severity: 'error', title: 'Location without a name' },
  'duplicate-location': { severity: 'error', title: 'Duplicate location name' },
  'legacy-dict-form': { severity: 'info', title: 'Legacy dict form' },
  'jinja-template': { severity: 'info', title: 'Jinja template' },
  'name-rewritten': { severity: 'warning', title: 'Agents rewrite this name' },
  'name-truncated': { severity: 'warning', title: 'Agents truncate this name' },
  'project-name-invalid': { severity: 'warning', title: 'Not a valid project name here' },
  'registry-differs': { severity: 'info', title: 'Registries on several hosts' },
  'queue-not-served': { severity: 'error', title: 'No agent serves this queue' },
  'queue-unused': { severity: 'info', title: 'Queue served but unused' },
  'default-overridden': { severity: 'warning', title: 'A location overrides a default' },
  'agent-config-unrecognised': { severity: 'error', title: 'Not an agent configuration' },
  'agent-deployment-conflict': {
    severity: 'error',
    title: '"deployment" and "deployments" both set',
  },
  'agent-no-deployment': { severity: 'info', title: 'Agent serves no full deployment' },
  'codeowners-no-team': { severity: 'info', title: 'CODEOWNERS rule without a team' },
  'dg-files': { severity: 'error', title: 'dg files, not dagster_cloud.yaml' },
  'toml-syntax': { severity: 'error', title: 'TOML syntax error' },
  'dg-no-project': { severity: 'error', title: 'No dg project' },
  'dg-project-missing': { severity: 'warning', title: 'Project file not given' },
  'dg-project-unlisted': { severity: 'warning', title: 'Project not in the workspace' },
  'dg-outside-workspace': { severity: 'info', title: 'Files outside the workspace' },
  'dg-name-default': { severity: 'info', title: 'Name from the project folder' },
  'dg-agent-queue': { severity: 'warning', title: 'agent_queue in a dg project' },
  'dg-and-legacy': { severity: 'info', title: 'dagster_cloud.yaml and dg files' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type FindingId = keyof typeof FINDING_KINDS;

/** One problem found before deploy. Plain text only: the UI decides how to show it. */
export type Finding = {
  id: FindingId;
  severity: Severity;
  /** File the finding is about: "dagster_cloud.yaml", "agent config 1", "CODEOWNERS". */
  file: string;
  /** 1-based line in that file, or null when the problem has no single line. */
  line: number | null;
  message: string;
  fix: string;
};

/**
 * Findings of one kind in one file past the first `MAX_FINDINGS_PER_KIND` (findings.ts): counted,
 * not built (a pasted file can give 130,000 findings of one kind; the view shows 100 a file).
 */
export type MoreFindings = {
  file: string;
  id: FindingId;
  severity: Severity;
  count: number;
};

/** The four `code_source` keys the dagster-cloud CLI accepts (exactly one must be set). */
export { CODE_SOURCE_KEYS } from '../emitters/dagster-cloud-schema';
export type CodeSourceKey = (typeof CODE_SOURCE_KEYS)[number];

/** Platforms a `container_context` can configure. */
export const CONTAINER_PLATFORMS = ['k8s', 'ecs', 'docker'] as const;
export type ContainerPlatform = (typeof CONTAINER_PLATFORMS)[number];

/** One location of dagster_cloud.yaml, normalised to the list form. */
export type ImportedLocation = {
  /** `location_name` as written ("" when it is missing or not a string). */
  name: string;
  /** Position in the file (0-based). */
  index: number;
  /** Line of `location_name` (or of the entry when the name is missing). */
  line: number | null;
  /** The one code source, or null when zero or several are set. */
  codeSource: { key: CodeSourceKey; value: string } | null;
  /** Effective values, after `defaults` are merged in (what the CLI deploys). */
  buildDirectory: string | null;
  registry: string | null;
  workingDirectory: string | null;
  image: string | null;
  executablePath: string | null;
  attribute: string | null;
  agentQueue: string | null;
  /** Platforms named under `container_context` (location or defaults). */
  containerPlatforms: readonly ContainerPlatform[];
  /** The entry exactly as written (dict-form entries get `location_name` and `code_source`). */
  raw: Readonly<Record<string, unknown>>;
  /** Line of every key written in the entry, by dotted path ("build.registry"). */
  lines: Readonly<Record<string, number>>;
  /** dg only: the project file that declares the location (its path, "ingest/pyproject.toml"). */
  file?: string;
  /** dg only: the project's folder relative to the workspace root, as dg.toml lists it. */
  folder?: string;
  /** dg only: the build.yaml whose `registry` applies, which `lines['build.registry']` is in. */
  registryFile?: string;
};

/** A parsed dagster_cloud.yaml. */
export type ImportedDagsterCloudYaml = {
  /**
   * "list" is the current form; "dict" the legacy `locations: {name: {...}}` form; "dg" a dg
   * repository read into the same model (read-dg-workspace.ts).
   */
  form: 'list' | 'dict' | 'dg';
  locations: readonly ImportedLocation[];
  /** The `defaults` block as written, or null. */
  defaults: Readonly<Record<string, unknown>> | null;
  /** Line of every key written under `defaults`, by dotted path ("agent_queue"). */
  defaultsLines: Readonly<Record<string, number>>;
};

/** What a parser returns: never throws; findings are reported in both cases. */
export type ParseOutcome<T> =
  | { ok: true; value: T; findings: readonly Finding[] }
  | { ok: false; reason: string; findings: readonly Finding[] };

/** An agent read from a `dagster.yaml` or Helm values file. */
export type ImportedAgent = {
  kind: 'dagster-yaml' | 'helm-values';
  /** File label used in findings ("agent config 1"). */
  file: string;
  /** `agent_label` / `dagsterCloud.agentLabel`, or null. */
  label: string | null;
  /** Full deployments it serves (`deployment` or `deployments`). */
  deployments: readonly string[];
  branchDeployments: boolean;
  /** Serves the default queue (`include_default_queue`, default true). */
  includeDefaultQueue: boolean;
  additionalQueues: readonly string[];
  isolated: boolean;
  /** From the Helm chart (k8s) or `user_code_launcher.module`; null when it cannot be told. */
  platform: AgentPlatform | null;
  /** Line of the queue settings (for findings), or null. */
  queuesLine: number | null;
};

/** One CODEOWNERS rule. */
export type CodeownersRule = {
  pattern: string;
  /** Every owner as written: "@org/team", "@user", "a@b.c". */
  owners: readonly string[];
  /** Team slugs from "@org/team" owners, in order. */
  teams: readonly string[];
  line: number;
};

/** Everything read from the user's files, ready for the wizard pre-fill and the plan. */
export type ImportedFiles = {
  config: ImportedDagsterCloudYaml;
  agents: readonly ImportedAgent[];
  /** CODEOWNERS rules, or null when no CODEOWNERS was given. */
  codeowners: readonly CodeownersRule[] | null;
  /**
   * The share link in dagster_cloud.yaml's header, when this app generated it, and whether the
   * file still agrees with it (import/generated-link.ts); absent for other files.
   */
  generated?: GeneratedLink;
  /** The Dagster version the files show (dagster-version.ts); absent or null: none shows. */
  dagsterVersion?: DetectedVersion | null;
};

/** A file keyed by its path inside the repository ("/"-separated), e.g. a dg project file. */
export type RepoFile = { readonly path: string; readonly text: string };

/** What the user gives the import. */
export type ImportInput = {
  dagsterCloudYaml: string;
  /** Agent `dagster.yaml` or Helm values files, in the order given. */
  agentConfigs?: readonly string[];
  codeowners?: string;
  /**
   * Files read only for the Dagster version they pin: a CI workflow, requirements.txt,
   * pyproject.toml.
   */
  versionFiles?: readonly string[];
  /**
   * A dg repository instead of dagster_cloud.yaml: dg.toml and each project's pyproject.toml (or
   * pyproject.dg.toml / dg.toml), build.yaml and container_context.yaml, keyed by their paths.
   * Read when dagster_cloud.yaml is empty (read-dg-workspace.ts).
   */
  dgFiles?: readonly RepoFile[];
};
