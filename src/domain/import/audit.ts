/**
 * The pre-deploy audit: every problem the dagster-cloud CLI or an agent would hit with the
 * imported files, each with its file, line and a fix. Structural findings come from the parsers;
 * this module adds the checks that need the whole picture (names agents rewrite, registries that
 * differ, queues no agent serves, defaults a location overrides, this app's project-name rule).
 */
import { findDagsterVersion } from './dagster-version';
import { dgAndLegacyFinding, dgFileFinding, readDgFile } from './dg-files';
import { NAME_PATTERN, NAME_RULE } from '../questionnaire/schemas';
import { EXISTING_DEPLOYMENT } from '../topology/types';
import { readGeneratedLink, type GeneratedLink } from './generated-link';
import {
  capFindings,
  closestKey,
  createFindingCap,
  finding,
  listText,
  pushAll,
  quotedList,
  sortFindings,
  type FindingCap,
} from './findings';
import {
  AGENT_NAMERS,
  NAMING_PLATFORMS,
  nameFate,
  toProjectName,
  type NameFate,
  type NamingPlatform,
} from './names';
import { parseAgentConfig } from './parse-agent-config';
import { parseCodeowners } from './parse-codeowners';
import { parseDagsterCloudYaml } from './parse-dagster-cloud-yaml';
import { readDgWorkspace } from './read-dg-workspace';
import { newYamlBudget } from './yaml-source';
import type {
  CodeownersRule,
  Finding,
  ImportedAgent,
  ImportedDagsterCloudYaml,
  ImportedFiles,
  ImportedLocation,
  ImportInput,
  MoreFindings,
  ParseOutcome,
  Severity,
} from './types';

/** Everything read from the files plus every finding, sorted for display. */
export type ImportAudit = {
  /** dagster_cloud.yaml as read, or the dg repository read into the same model (form "dg"). */
  dagsterCloudYaml: ParseOutcome<ImportedDagsterCloudYaml>;
  /** What the configuration was read from: dagster_cloud.yaml, or a dg repository's files. */
  source?: 'dagster_cloud.yaml' | 'dg files';
  /** Agents that could be read (unreadable files only add findings). */
  agents: readonly ImportedAgent[];
  /** CODEOWNERS rules, or null when no CODEOWNERS was given. */
  codeowners: readonly CodeownersRule[] | null;
  /** What was read, or null when dagster_cloud.yaml could not be read at all. */
  files: ImportedFiles | null;
  /** The findings in reading order: the first MAX_FINDINGS_PER_KIND of each kind in each file. */
  findings: readonly Finding[];
  /** The findings past that cap, counted by file, kind and severity (not built). */
  more: readonly MoreFindings[];
  /** Every finding by severity, the counted ones included. */
  counts: Readonly<Record<Severity, number>>;
};

/** The recommended location-name shape: every agent keeps it unchanged (facts §1e). */
export const SAFE_LOCATION_NAME = /^[a-z][a-z0-9-]{0,39}$/;

/** A rename that every agent keeps as is, e.g. "Finance.Reports_v2" → "finance-reports-v2". */
export const safeLocationName = (name: string): string => {
  const converted = (toProjectName(name) ?? '').replaceAll('_', '-').replace(/-+/g, '-');
  return SAFE_LOCATION_NAME.test(converted) ? converted : 'my-location';
};

const agentFile = (i: number): string => `agent config ${i + 1}`;

const platformsFor = (
  location: ImportedLocation,
  agents: readonly ImportedAgent[],
): NamingPlatform[] => {
  const known = new Set<NamingPlatform>();
  for (const a of agents) {
    if (a.platform !== null && a.platform !== 'local') known.add(a.platform);
  }
  for (const p of location.containerPlatforms) known.add(p);
  return known.size > 0 ? NAMING_PLATFORMS.filter((p) => known.has(p)) : NAMING_PLATFORMS;
};

const fateText = (fates: readonly NameFate[]): string =>
  listText(fates.map((f) => `the ${AGENT_NAMERS[f.platform].label} names it "${f.resourceName}"`));

/** The longest deployment name the agents serve: the one agents leave least room for the name. */
const longestDeployment = (agents: readonly ImportedAgent[]): string => {
  let longest = '';
  for (const a of agents) {
    for (const d of a.deployments) if (d.length > longest.length) longest = d;
  }
  return longest || EXISTING_DEPLOYMENT;
};

const nameFindings = (
  file: string,
  location: ImportedLocation,
  agents: readonly ImportedAgent[],
  deployment: string,
): Finding[] => {
  const name = location.name;
  if (name === '') return [];
  const out: Finding[] = [];
  const fates = platformsFor(location, agents).map((p) => nameFate(p, name, deployment));
  const rename = safeLocationName(name);
  const rewritten = fates.filter((f) => f.rewritten && !f.truncated);
  // Underscores alone are no finding: the agents drop them from the resource name only (the
  // `location_name` label and the location's hash label keep the exact name, so nothing is lost
  // or mismatched), Dagster's own quickstart names its location "quickstart_etl", and the wizard
  // accepts them (dagster-io/dagster-cloud b064b378, workspace/kubernetes/utils.py and
  // user_code_launcher/utils.py).
  const onlyUnderscores = SAFE_LOCATION_NAME.test(name.replaceAll('_', ''));
  if (fates.some((f) => f.rewritten) && !SAFE_LOCATION_NAME.test(name) && !onlyUnderscores) {
    const shown = rewritten.length > 0 ? rewritten : fates;
    out.push(
      finding(
        'name-rewritten',
        file,
        location.line,
        `Location "${name}": agents drop characters outside a-z, 0-9 and "-" when they name its infrastructure: in deployment "${deployment}" ${fateText(shown)} ("xxxxxx" is a random suffix). Names in kubectl, docker ps or the ECS console will not match the location name.`,
        `Rename the location to "${rename}" (lowercase letters, digits and "-", starting with a letter, at most 40 characters: every agent keeps it as is). A renamed location is a new code location in Dagster+; remove the old one after the first deploy.`,
      ),
    );
  }
  const truncated = fates.filter((f) => f.truncated);
  if (truncated.length > 0) {
    out.push(
      finding(
        'name-truncated',
        file,
        location.line,
        `Location "${name}" is ${name.length} characters long: ${fateText(truncated)}, cutting the name to fit the ${listText(truncated.map((f) => `${AGENT_NAMERS[f.platform].limit}`))}-character limit. Two locations that differ only at the end become hard to tell apart, and Docker reports an unclear error for long container names (dagster-io/dagster#14257).`,
        `Use a name of at most 40 characters, e.g. "${rename}".`,
      ),
    );
  }
  if (!NAME_PATTERN.test(name)) {
    const converted = toProjectName(name);
    out.push(
      converted !== null
        ? finding(
            'project-name-invalid',
            file,
            location.line,
            `"${name}" does not follow this app's project-name rule (${NAME_RULE}); it is imported as project "${converted}".`,
            `Confirm "${converted}" in the wizard, or rename the location to "${rename}".`,
            'info',
          )
        : finding(
            'project-name-invalid',
            file,
            location.line,
            `"${name}" cannot be turned into a project name (${NAME_RULE}); it is imported as "location-${location.index + 1}".`,
            `Rename the project in the wizard, and consider renaming the location to a name such as "${rename}".`,
          ),
    );
  }
  return out;
};

/**
 * The registry host of an image repository, as Docker reads a reference: the first component when
 * it has a "." or ":" or is "localhost", else Docker Hub. Hosts are case-insensitive.
 */
export const registryHost = (registry: string): string => {
  const slash = registry.indexOf('/');
  const first = slash < 0 ? '' : registry.slice(0, slash);
  return first !== '' && (first.includes('.') || first.includes(':') || first === 'localhost')
    ? first.toLowerCase()
    : 'docker.io';
};

/**
 * Locations pushing to registries on different hosts. Without the deploy workflow, what is known
 * is only that a registry login covers one host: locations on one host (any repositories there)
 * need one login, and more hosts need a login each. Nothing is said about logins no file shows.
 */
const registryFindings = (file: string, config: ImportedDagsterCloudYaml): Finding[] => {
  const withRegistry = config.locations.filter((l) => l.registry !== null);
  const counts = new Map<string, number>();
  for (const l of withRegistry) {
    const host = registryHost(l.registry ?? '');
    counts.set(host, (counts.get(host) ?? 0) + 1);
  }
  if (counts.size < 2) return [];
  const [main] = [...counts.entries()].reduce((best, entry) => (entry[1] > best[1] ? entry : best));
  const hosts = quotedList([...counts.keys()]);
  const whose = config.form === 'dg' ? 'of this repository' : 'of this file';
  return withRegistry
    .filter((l) => registryHost(l.registry ?? '') !== main)
    .map((l) =>
      finding(
        'registry-differs',
        l.lines['build.registry'] === undefined ? (l.file ?? file) : (l.registryFile ?? file),
        l.lines['build.registry'] ?? config.defaultsLines['build.registry'] ?? l.line,
        `Location "${l.name}" pushes to "${l.registry ?? ''}" on host "${registryHost(l.registry ?? '')}", while the other locations ${whose} push to "${main}". A registry login covers one host, so whatever deploys this file needs a login to each of ${hosts}.`,
        `Check that the deploy workflow logs in to each of ${hosts}, or push "${l.name}" to "${main}" as well.`,
      ),
    );
};

const queueFindings = (
  file: string,
  config: ImportedDagsterCloudYaml,
  agents: readonly ImportedAgent[],
  /** Queues the locations of other repositories use, as the file's header link says. */
  usedElsewhere: ReadonlySet<string>,
  /** Unused queues past it are counted, not built (an agent can serve 16,000). */
  cap: FindingCap,
): Finding[] => {
  if (agents.length === 0) return [];
  const out: Finding[] = [];
  const namedSet = new Set<string>();
  for (const a of agents) for (const q of a.additionalQueues) namedSet.add(q);
  const named = [...namedSet];
  const defaultServed = agents.some((a) => a.includeDefaultQueue);
  for (const l of config.locations) {
    const label = l.name === '' ? `Location ${l.index + 1}` : `Location "${l.name}"`;
    if (l.agentQueue === null) {
      if (!defaultServed) {
        out.push(
          finding(
            'queue-not-served',
            l.file ?? file,
            l.line,
            `${label} has no agent_queue, so it goes to the default queue, but every imported agent sets include_default_queue: false. No agent loads it.`,
            named.length > 0
              ? `Add "agent_queue: ${named[0] ?? ''}" to the location, or set include_default_queue: true (Helm: dagsterCloud.agentQueues.includeDefaultQueue) on one agent.`
              : 'Set include_default_queue: true on one agent.',
          ),
        );
      }
      continue;
    }
    if (namedSet.has(l.agentQueue)) continue;
    const near = closestKey(l.agentQueue, named);
    out.push(
      finding(
        'queue-not-served',
        l.file ?? file,
        l.lines.agent_queue ?? config.defaultsLines.agent_queue ?? l.line,
        `${label} is routed to queue "${l.agentQueue}", which none of the imported agents serves (they serve ${listText(
          [...named.map((q) => `"${q}"`), ...(defaultServed ? ['the default queue'] : [])],
        )}). Dagster+ keeps the location waiting for an agent and it never loads.`,
        near !== null
          ? `Did you mean "${near}"? Otherwise add "${l.agentQueue}" to agent_queues.additional_queues of the agent that should run it (Helm: dagsterCloud.agentQueues.additionalQueues).`
          : `Add "${l.agentQueue}" to agent_queues.additional_queues of the agent that should run it (Helm: dagsterCloud.agentQueues.additionalQueues), or remove agent_queue to use the default queue.`,
      ),
    );
  }
  const used = new Set(config.locations.map((l) => l.agentQueue));
  agents.forEach((a, i) => {
    for (const q of a.additionalQueues) {
      if (
        !used.has(q) &&
        !usedElsewhere.has(q) &&
        cap.keeps('queue-unused', a.file || agentFile(i))
      ) {
        out.push(
          finding(
            'queue-unused',
            a.file || agentFile(i),
            a.queuesLine,
            `The agent serves queue "${q}" but no location in ${config.form === 'dg' ? 'these dg projects' : 'dagster_cloud.yaml'} uses it (another repository's file may).`,
            `If no repository uses "${q}", remove it from the agent's additional queues.`,
          ),
        );
      }
    }
  });
  return out;
};

const OVERRIDABLE = [
  { path: 'agent_queue', label: 'agent_queue' },
  { path: 'build.registry', label: 'build.registry' },
] as const;

const valueAt = (obj: Readonly<Record<string, unknown>> | null, path: string): unknown =>
  path.split('.').reduce<unknown>((v, key) => {
    if (v === null || typeof v !== 'object') return undefined;
    return (v as Record<string, unknown>)[key];
  }, obj);

const overrideFindings = (file: string, config: ImportedDagsterCloudYaml): Finding[] => {
  if (config.defaults === null) return [];
  const out: Finding[] = [];
  for (const { path, label } of OVERRIDABLE) {
    const fallback = valueAt(config.defaults, path);
    if (typeof fallback !== 'string') continue;
    for (const l of config.locations) {
      const own = valueAt(l.raw, path);
      if (typeof own !== 'string') continue;
      const line = l.lines[path] ?? l.line;
      out.push(
        own === fallback
          ? finding(
              'default-overridden',
              file,
              line,
              `Location "${l.name}" repeats ${label}: "${own}", which defaults already set. Harmless today, but if the default changes this location silently keeps the old value.`,
              `Delete ${label} from "${l.name}" and let defaults apply.`,
              'info',
            )
          : finding(
              'default-overridden',
              file,
              line,
              `Location "${l.name}" overrides the default ${label} "${fallback}" (line ${config.defaultsLines[path] ?? '?'}) with "${own}". Location values win over defaults, so this location alone ${
                path === 'agent_queue' ? `runs on agents serving "${own}"` : `pushes to "${own}"`
              }.`,
              `If the default was meant, delete ${label} from "${l.name}"; if the override is deliberate, say so in a comment.`,
            ),
      );
    }
  }
  return out;
};

/**
 * Audits pasted files: parses dagster_cloud.yaml, agent configs and CODEOWNERS, and returns what
 * was read with every finding (sorted by file and line) and a count per severity.
 */
export const auditImport = (input: ImportInput): ImportAudit => {
  const dgFiles = input.dgFiles ?? [];
  const readsDg = input.dagsterCloudYaml.trim() === '' && dgFiles.length > 0;
  const file = 'dagster_cloud.yaml';
  const findings: Finding[] = [];
  // One bound on the YAML read for the whole check (MAX_YAML_TOKENS), whatever the files.
  const budget = newYamlBudget();
  // Findings a file can give per line or per key are counted past the cap, not built.
  const cap = createFindingCap();
  let parsed: ParseOutcome<ImportedDagsterCloudYaml>;
  let headerText: string | null = input.dagsterCloudYaml;
  if (readsDg) {
    const read = readDgWorkspace(dgFiles, budget);
    parsed = read;
    headerText = read.headerText;
    pushAll(findings, read.findings);
  } else {
    parsed = parseDagsterCloudYaml(input.dagsterCloudYaml, file, budget, cap);
    // dg files (the app's own from Dagster 1.12.11) are named as such, not as YAML errors.
    const dg = parsed.ok ? null : readDgFile(input.dagsterCloudYaml);
    pushAll(findings, dg === null ? parsed.findings : [dgFileFinding(file, dg)]);
    if (dgFiles.length > 0) findings.push(dgAndLegacyFinding(file));
  }

  const agents: ImportedAgent[] = [];
  (input.agentConfigs ?? []).forEach((text, i) => {
    const result = parseAgentConfig(text, agentFile(i), budget);
    pushAll(findings, result.findings);
    if (result.ok) agents.push(result.value);
  });

  let codeowners: readonly CodeownersRule[] | null = null;
  if (input.codeowners !== undefined) {
    const result = parseCodeowners(input.codeowners, 'CODEOWNERS', cap);
    pushAll(findings, result.findings);
    codeowners = result.ok ? result.value : [];
  }

  let generated: GeneratedLink | null = null;
  if (parsed.ok) {
    const config = parsed.value;
    generated = headerText === null ? null : readGeneratedLink(headerText, config.locations);
    const deployment = longestDeployment(agents);
    for (const l of config.locations) {
      pushAll(findings, nameFindings(l.file ?? file, l, agents, deployment));
    }
    pushAll(findings, registryFindings(file, config));
    const elsewhere = generated?.agrees === true ? generated.queues : new Set<string>();
    pushAll(findings, queueFindings(file, config, agents, elsewhere, cap));
    pushAll(findings, overrideFindings(file, config));
  }

  const capped = capFindings(sortFindings(findings), cap.more());
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of capped.findings) counts[f.severity] += 1;
  for (const m of capped.more) counts[m.severity] += m.count;
  return {
    dagsterCloudYaml: parsed,
    source: readsDg ? 'dg files' : 'dagster_cloud.yaml',
    agents,
    codeowners,
    files: parsed.ok
      ? {
          config: parsed.value,
          agents,
          codeowners,
          ...(generated === null ? {} : { generated }),
          dagsterVersion: findDagsterVersion([
            input.dagsterCloudYaml,
            ...(input.agentConfigs ?? []),
            ...(input.versionFiles ?? []),
            ...dgFiles.map((f) => f.text),
          ]),
        }
      : null,
    findings: capped.findings,
    more: capped.more,
    counts,
  };
};
