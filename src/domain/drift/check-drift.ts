/**
 * The drift check: where repositories have left the decision. Both sides go through the same
 * readers (read-repo.ts): the files the decision generates (`planFiles`/the emitters) and the
 * files as they are today, so only meaning is compared (locations, queues, owners, what CI builds
 * and deploys, what agents serve), never text: comments, key order, formatting and keys a user
 * added are not drift. Problems the browser import audit finds are reported too (one
 * implementation, `auditImport`), when the decision's own files do not have them.
 */
import type { GeneratedFile } from '../emitters/types';
import { pushAll, sortFindings } from '../import/findings';
import type { Severity } from '../import/types';
import type { Topology } from '../topology/types';
import { agentDrift, readAgents } from './agents';
import { auditDrift } from './audit-drift';
import { ciDrift } from './ci-drift';
import { ownerDrift } from './owner-drift';
import { locationDrift } from './location-drift';
import { readRepo, type RepoRead } from './read-repo';
import { drift } from './finding';
import type { DriftFinding, DriftReport, RepoFile, UnreadableFile } from './types';

/** One repository to check: which of the decision's repositories it is, and its files. */
export type RepoToCheck = {
  /** Name of the decision's repository (`Topology.repos[].name`). */
  readonly name: string;
  /** Prefix shown before its paths in findings ("" or "dagster-data/"). */
  readonly prefix: string;
  /** Its files, paths relative to the repository root. */
  readonly files: readonly RepoFile[];
};

export type DriftInput = {
  readonly topology: Topology;
  /** Every file the decision generates (what "Download all files" holds). */
  readonly expected: readonly GeneratedFile[];
  readonly repos: readonly RepoToCheck[];
  /** Candidate agent configurations, paths as shown (files that are not agent configs are skipped). */
  readonly agentFiles: readonly RepoFile[];
};

/** What one repository's checks need. */
export type RepoContext = {
  readonly topology: Topology;
  readonly name: string;
  readonly prefix: string;
  readonly actual: RepoRead;
  readonly expected: RepoRead;
  readonly expectedFiles: readonly RepoFile[];
  readonly actualFiles: readonly RepoFile[];
};

/** The decision's files of one repository, paths relative to that repository's root. */
export const expectedRepoFiles = (
  topology: Topology,
  expected: readonly GeneratedFile[],
  repo: string,
): RepoFile[] => {
  const prefix = `${repo}/`;
  return expected
    .filter((f) => f.repo === repo)
    .map((f) => ({
      path:
        topology.repos.length > 1 && f.path.startsWith(prefix)
          ? f.path.slice(prefix.length)
          : f.path,
      text: f.content,
    }));
};

const configDrift = (ctx: RepoContext): DriftFinding[] => {
  const { actual, expected, prefix } = ctx;
  if (expected.config === null) return [];
  if (actual.config === null) {
    return [
      drift(
        'config-missing',
        `${prefix}${expected.config.file}`,
        null,
        `Repository ${ctx.name} has neither a dagster_cloud.yaml nor dg project files, so it deploys no code location; the decision gives it ${expected.config.locations.map((l) => `"${l.name}"`).join(', ')}.`,
        `Restore ${expected.config.file} from the files of the share link (isolation-advisor '<link>' --out DIR).`,
      ),
    ];
  }
  if (actual.config.format === expected.config.format) return [];
  const name = (f: 'legacy' | 'dg') => (f === 'legacy' ? 'dagster_cloud.yaml' : 'dg project files');
  return [
    drift(
      'format-differs',
      `${prefix}${actual.config.file}`,
      null,
      `The repository uses ${name(actual.config.format)}; the decision's files use ${name(expected.config.format)}. Locations are compared all the same.`,
      'Nothing to do if the change was deliberate; the Dagster version answer decides which format the app writes.',
    ),
  ];
};

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** Each finding once (the same agent problem is seen from every repository). */
const unique = (findings: readonly DriftFinding[]): DriftFinding[] => {
  const seen = new Set<string>();
  return findings.filter((f) => {
    const key = `${f.id}\u0000${f.file}\u0000${String(f.line)}\u0000${f.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
};

/** Checks repositories against the decision; see the module comment. */
export const checkDrift = (input: DriftInput): DriftReport => {
  const findings: DriftFinding[] = [];
  const unreadable: UnreadableFile[] = [];
  const agents = readAgents(input.agentFiles, input.expected);
  for (const u of agents.unreadable) unreadable.push(u);
  for (const repo of input.repos) {
    const actual = readRepo(repo.files);
    for (const u of actual.unreadable) {
      unreadable.push({ ...u, file: `${repo.prefix}${u.file}` });
    }
    if (actual.unreadable.length > 0) continue;
    const expectedFiles = expectedRepoFiles(input.topology, input.expected, repo.name);
    const ctx: RepoContext = {
      topology: input.topology,
      name: repo.name,
      prefix: repo.prefix,
      actual,
      expected: readRepo(expectedFiles),
      expectedFiles,
      actualFiles: repo.files,
    };
    for (const part of [
      configDrift(ctx),
      locationDrift(ctx, agents.actual),
      ownerDrift(ctx),
      ciDrift(ctx),
      auditDrift(ctx, agents),
    ]) {
      pushAll(findings, part);
    }
  }
  pushAll(findings, agentDrift(agents));
  const sorted = sortFindings(unique(findings));
  const counts = Object.fromEntries(
    SEVERITIES.map((s) => [
      s,
      sorted.filter((f) => f.severity === s).reduce((sum, f) => sum + (f.count ?? 1), 0),
    ]),
  ) as Record<Severity, number>;
  return {
    findings: sorted,
    unreadable,
    counts,
    inLine: unreadable.length === 0 && counts.error === 0 && counts.warning === 0,
  };
};
