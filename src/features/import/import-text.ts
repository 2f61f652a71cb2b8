/**
 * Plain-text helpers for the import screens: severity and downtime labels (text, so colour is
 * never the only carrier), counts, findings grouped by file, the "Today vs recommended" rows, diff
 * line kinds and the plan as Markdown. Pure functions over the domain's results; no React.
 */
import type { CurrentState } from '@/domain/import/current-state';
import { listText } from '@/domain/import/findings';
import type { Downtime, MigrationStep } from '@/domain/import/migration-plan';
import type { Finding, ImportInput, Severity } from '@/domain/import/types';
import { LEVELS } from '@/domain/scoring/criteria';
import type { RepoLayout } from '@/domain/scoring/types';
import type { Topology } from '@/domain/topology/types';

/** Largest file the import reads (a dagster_cloud.yaml of 500 locations is about 100 kB). */
export const MAX_FILE_BYTES = 512 * 1024;

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
  `${n} ${n === 1 ? SEVERITY_LABELS[severity].single : SEVERITY_LABELS[severity].many}`;

/** "2 errors, 1 warning and 0 notes". */
export const countsText = (counts: Readonly<Record<Severity, number>>): string =>
  listText([
    plural(counts.error, 'error'),
    plural(counts.warning, 'warning'),
    plural(counts.info, 'info'),
  ]);

/** Findings grouped by file, files in first-seen order, each group keeping the given order. */
export const groupByFile = (
  findings: readonly Finding[],
): { file: string; findings: Finding[] }[] => {
  const groups = new Map<string, Finding[]>();
  for (const f of findings) {
    const group = groups.get(f.file);
    if (group === undefined) groups.set(f.file, [f]);
    else group.push(f);
  }
  return [...groups].map(([file, items]) => ({ file, findings: items }));
};

/** The user's files with empty optional ones dropped (what the audit is given). */
export const toImportInput = (
  dagsterCloudYaml: string,
  agentConfigs: readonly string[],
  codeowners: string,
  versionFile = '',
): ImportInput => {
  const agents = agentConfigs.filter((t) => t.trim() !== '');
  return {
    dagsterCloudYaml,
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
