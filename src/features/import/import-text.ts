/**
 * Plain-text helpers for the import screens: severity and downtime labels (text, so colour is
 * never the only carrier), counts, findings grouped by file, the "Today vs recommended" rows, diff
 * line kinds and the plan as Markdown. Pure functions over the domain's results; no React.
 */
import type { CurrentState } from '@/domain/import/current-state';
import { listText } from '@/domain/import/findings';
import type { Downtime, MigrationStep } from '@/domain/import/migration-plan';
import type { Finding, ImportInput, MoreFindings, RepoFile, Severity } from '@/domain/import/types';
import { LEVELS } from '@/domain/scoring/criteria';
import type { RepoLayout } from '@/domain/scoring/types';
import type { Topology } from '@/domain/topology/types';

/** Largest file the import reads (the domain's cap, limits.ts). */
export { MAX_FILE_BYTES } from '@/domain/import/limits';

export const SEVERITY_LABELS = {
  error: { one: 'Error', many: 'errors', single: 'error' },
  warning: { one: 'Warning', many: 'warnings', single: 'warning' },
  info: { one: 'Note', many: 'notes', single: 'note' },
} as const satisfies Record<Severity, { one: string; many: string; single: string }>;

export const DOWNTIME_LABELS = {
  none: 'No downtime',
  brief: 'Brief downtime',
} as const satisfies Record<Downtime, string>;

export const LAYOUT_LABELS = {
  monorepo: 'One repository (monorepo)',
  multirepo: 'Several repositories (multirepo)',
} as const satisfies Record<RepoLayout, string>;

const plural = (n: number, severity: Severity): string =>
  `${n.toLocaleString('en-US')} ${n === 1 ? SEVERITY_LABELS[severity].single : SEVERITY_LABELS[severity].many}`;

/** "2 errors, 1 warning and 0 notes". */
export const countsText = (counts: Readonly<Record<Severity, number>>): string =>
  listText([
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'info'),
  ]);

/** Most findings shown per file; the rest are counted by severity under the list. */
export const MAX_SHOWN_PER_FILE = 100;

export type FindingGroup = {
  file: string;
  /** The first `max` findings of the file, in the given order. */
  findings: Finding[];
  /** Every finding of the file, shown or not. */
  total: number;
  /** Findings not shown, by severity. */
  hidden: Record<Severity, number>;
};

/**
 * Findings grouped by file, files in first-seen order, each group keeping the given order and
 * showing at most `max` findings (a pasted file can give a hundred thousand). `more`, the findings
 * the audit counted without building (past its cap a kind), count as hidden in their file.
 */
export const groupByFile = (
  findings: readonly Finding[],
  more: readonly MoreFindings[] = [],
  max = MAX_SHOWN_PER_FILE,
): FindingGroup[] => {
  const groups = new Map<string, FindingGroup>();
  for (const f of findings) {
    let group = groups.get(f.file);
    if (group === undefined) {
      group = { file: f.file, findings: [], total: 0, hidden: { error: 0, warning: 0, info: 0 } };
      groups.set(f.file, group);
    }
    group.total += 1;
    if (group.findings.length < max) group.findings.push(f);
    else group.hidden[f.severity] += 1;
  }
  for (const m of more) {
    const group = groups.get(m.file);
    // Counted past a cap means some of the kind were kept: the file has a group.
    if (group === undefined) continue;
    group.total += m.count;
    group.hidden[m.severity] += m.count;
  }
  return [...groups.values()];
};

/** "129,900 more findings are not shown (129,900 notes)." for a group's hidden findings. */
export const hiddenText = (group: FindingGroup): string | null => {
  const hidden = group.total - group.findings.length;
  if (hidden === 0) return null;
  const bySeverity = (['error', 'warning', 'info'] as const)
    .filter((s) => group.hidden[s] > 0)
    .map((s) => plural(group.hidden[s], s));
  return `${hidden.toLocaleString('en-US')} more finding${hidden === 1 ? ' is' : 's are'} not shown (${listText(bySeverity)}): fix the ones above and check again.`;
};

/** The user's files with empty optional ones dropped (what the audit is given). */
export const toImportInput = (
  dagsterCloudYaml: string,
  agentConfigs: readonly string[],
  codeowners: string,
  versionFile = '',
  dgFiles: readonly RepoFile[] = [],
): ImportInput => {
  const agents = agentConfigs.filter((t) => t.trim() !== '');
  const dg = dgFiles.filter((f) => f.text.trim() !== '');
  return {
    dagsterCloudYaml,
    ...(dg.length > 0 ? { dgFiles: dg } : {}),
    ...(agents.length > 0 ? { agentConfigs: agents } : {}),
    ...(codeowners.trim() === '' ? {} : { codeowners }),
    ...(versionFile.trim() === '' ? {} : { versionFiles: [versionFile] }),
  };
};

export type ComparisonRow = {
  label: string;
  today: string;
  recommended: string;
  changed: boolean;
};

const DEFAULT_QUEUE = 'default queue';

const queuesText = (named: readonly string[], usesDefault: boolean): string =>
  [...named, ...(usesDefault ? [DEFAULT_QUEUE] : [])].join(', ') || 'none';

/** Today (read from the files) next to the recommended topology: level, layout, deployments, queues. */
export const compareSetups = (current: CurrentState, recommended: Topology): ComparisonRow[] => {
  const agents = recommended.deployments.flatMap((d) => d.agents);
  const recommendedQueues = [...new Set(agents.flatMap((a) => a.queues))];
  const recommendedDefault = agents.some((a) => a.locations.some((l) => l.agentQueue === null));
  const todayDefault = current.locations.some((l) => l.agentQueue === null);
  const rows: [string, string, string][] = [
    ['Isolation level', LEVELS[current.level].title, LEVELS[recommended.level].title],
    ['Repository layout', LAYOUT_LABELS[current.layout], LAYOUT_LABELS[recommended.layout]],
    [
      'Deployments',
      `${current.deployments.join(', ')}${current.deploymentsKnown ? '' : ' (assumed)'}`,
      recommended.deployments.map((d) => d.name).join(', '),
    ],
    [
      'Agents',
      current.agents.length === 0
        ? 'not given'
        : current.agents.map((a, i) => a.label ?? `agent ${i + 1}`).join(', '),
      agents.map((a) => a.name).join(', '),
    ],
    [
      'Agent queues',
      queuesText(current.queues, todayDefault),
      queuesText(recommendedQueues, recommendedDefault),
    ],
  ];
  return rows.map(([label, today, rec]) => ({
    label,
    today,
    recommended: rec,
    changed: today.replace(' (assumed)', '') !== rec,
  }));
};

export type DiffLineKind = 'file' | 'hunk' | 'add' | 'remove' | 'context';

/** What a unified-diff line is, for styling (the +/- stay in the text). */
export const diffLineKind = (line: string): DiffLineKind =>
  line.startsWith('+++') || line.startsWith('---')
    ? 'file'
    : line.startsWith('@@')
      ? 'hunk'
      : line.startsWith('+')
        ? 'add'
        : line.startsWith('-')
          ? 'remove'
          : 'context';

/** The plan as a Markdown checklist (MIGRATION.md), diffs in fenced blocks. */
export const planToMarkdown = (
  rows: readonly ComparisonRow[],
  steps: readonly MigrationStep[],
): string =>
  [
    '# Migration plan',
    '',
    '| | Today | Recommended |',
    '| --- | --- | --- |',
    ...rows.map((r) => `| ${r.label} | ${r.today} | ${r.recommended} |`),
    '',
    '## Steps',
    '',
    ...steps.flatMap((s) => [
      `### ${s.order}. ${s.title} (${DOWNTIME_LABELS[s.downtime].toLowerCase()})`,
      '',
      s.detail,
      '',
      ...(s.diff === undefined ? [] : ['```diff', s.diff.replace(/\n$/, ''), '```', '']),
    ]),
  ].join('\n');
