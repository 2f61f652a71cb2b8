/**
 * Agents: the configurations found beside the repositories (Helm values or `dagster.yaml`, read
 * by the import's parser) against the agents the decision generates, matched by agent label (the
 * generated ones are labelled with their name), else by their `agents/<name>/` folder. What
 * counts is what an agent serves: deployments, named queues and the default queue.
 */
import type { GeneratedFile } from '../emitters/types';
import { parseAgentConfig } from '../import/parse-agent-config';
import type { ImportedAgent } from '../import/types';
import { drift } from './finding';
import type { DriftFinding, RepoFile, UnreadableFile } from './types';

export type AgentFile = {
  readonly file: string;
  readonly text: string;
  readonly agent: ImportedAgent;
};

export type AgentsRead = {
  readonly actual: readonly AgentFile[];
  /** The decision's agents, from its generated files (paths as generated). */
  readonly expected: readonly AgentFile[];
  readonly unreadable: readonly UnreadableFile[];
};

/** Folder name after `agents/` ("agents/prod-agent/values.yaml" → "prod-agent"), or null. */
const folderName = (path: string): string | null => {
  const parts = path.split('/');
  const at = parts.lastIndexOf('agents');
  return at >= 0 && at + 2 < parts.length ? (parts[at + 1] ?? null) : null;
};

/** Whether a path may hold an agent configuration (the others are not even parsed). */
export const isAgentCandidate = (path: string): boolean => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (
    /\.ya?ml$/.test(base) &&
    (path.split('/').includes('agents') || base === 'values.yaml' || base === 'dagster.yaml')
  );
};

const keyOf = (a: AgentFile): string => a.agent.label ?? folderName(a.file) ?? a.file;

const read = (files: readonly RepoFile[], unreadable: UnreadableFile[] | null): AgentFile[] => {
  const out: AgentFile[] = [];
  for (const f of files) {
    if (!isAgentCandidate(f.path)) continue;
    const parsed = parseAgentConfig(f.text, f.path);
    if (parsed.ok) out.push({ file: f.path, text: f.text, agent: parsed.value });
    else if (
      unreadable !== null &&
      parsed.findings.some((x) => x.id === 'yaml-syntax' || x.id === 'yaml-too-large')
    ) {
      // Only a file under agents/ is surely meant as an agent configuration.
      if (folderName(f.path) !== null) {
        const first = parsed.findings[0];
        unreadable.push({ file: f.path, line: first?.line ?? null, reason: parsed.reason });
      }
    }
  }
  return out;
};

/** Reads the agent configurations found and the decision's. */
export const readAgents = (
  files: readonly RepoFile[],
  expected: readonly GeneratedFile[],
): AgentsRead => {
  const unreadable: UnreadableFile[] = [];
  const actual = read(files, unreadable);
  const generated = read(
    expected.filter((f) => f.repo === null).map((f) => ({ path: f.path, text: f.content })),
    null,
  );
  return { actual, expected: generated, unreadable };
};

const setText = (items: readonly string[]): string =>
  items.length === 0
    ? 'none'
    : [...items]
        .sort()
        .map((i) => `"${i}"`)
        .join(', ');

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');

/** How an agent differs from the decision's, in words (empty when it does not). */
const differences = (actual: ImportedAgent, expected: ImportedAgent): string[] => {
  const out: string[] = [];
  if (!sameSet(actual.deployments, expected.deployments)) {
    out.push(
      `serves deployments ${setText(actual.deployments)} where the decision has ${setText(expected.deployments)}`,
    );
  }
  if (!sameSet(actual.additionalQueues, expected.additionalQueues)) {
    out.push(
      `serves queues ${setText(actual.additionalQueues)} where the decision has ${setText(expected.additionalQueues)}`,
    );
  }
  if (actual.includeDefaultQueue !== expected.includeDefaultQueue) {
    out.push(
      actual.includeDefaultQueue
        ? 'serves the default queue, which the decision leaves to another agent'
        : 'does not serve the default queue, which the decision gives it',
    );
  }
  if (actual.branchDeployments !== expected.branchDeployments) {
    out.push(
      actual.branchDeployments
        ? 'serves branch deployments, which the decision gives to another agent'
        : 'does not serve branch deployments, which the decision gives it',
    );
  }
  return out;
};

/** Agents found that the decision does not have, or that serve something else. */
export const agentDrift = (agents: AgentsRead): DriftFinding[] => {
  if (agents.actual.length === 0) return [];
  const expectedByKey = new Map(agents.expected.map((a) => [keyOf(a), a] as const));
  const out: DriftFinding[] = [];
  const seen = new Set<string>();
  for (const a of agents.actual) {
    const key = keyOf(a);
    const match = expectedByKey.get(key);
    if (match === undefined) {
      out.push(
        drift(
          'agent-unknown',
          a.file,
          a.agent.queuesLine,
          `Agent "${key}" is not one of the decision's agents (${[...expectedByKey.keys()].join(', ')}).`,
          'If the decision changed, check against its new share link (--link); otherwise remove the agent or give it the label of the agent it replaces.',
        ),
      );
      continue;
    }
    seen.add(key);
    const diff = differences(a.agent, match.agent);
    if (diff.length > 0) {
      out.push(
        drift(
          'agent-differs',
          a.file,
          a.agent.queuesLine,
          `Agent "${key}" ${diff.join('; ')}. Code locations then run where the decision did not put them.`,
          `Set the agent back to the decision's configuration (${match.file}).`,
        ),
      );
    }
  }
  for (const [key, e] of expectedByKey) {
    if (seen.has(key)) continue;
    out.push(
      drift(
        'agent-missing',
        e.file,
        null,
        `No configuration of agent "${key}" was found among the agent files checked.`,
        'Check its folder too (isolation-advisor check DIR… reads agents/ folders), or ignore this if it lives elsewhere.',
      ),
    );
  }
  return out;
};
