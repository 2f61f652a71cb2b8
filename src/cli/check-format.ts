/**
 * The drift check's outputs: readable text, JSON, GitHub workflow commands (annotations on the
 * pull request's files) and a GitLab Code Quality report (shown on the merge request). Node only
 * (node:crypto for the GitLab fingerprints).
 */
import { createHash } from 'node:crypto';

import type { DriftFinding, DriftReport } from '@/domain/drift/types';
import type { Severity } from '@/domain/import/types';

export const FORMATS = ['text', 'json', 'github', 'gitlab'] as const;
export type Format = (typeof FORMATS)[number];

/** What the report was checked against. */
export type Checked = {
  readonly link: string;
  /** "Agent isolation, one repository (scores: …)". */
  readonly summary: string;
  /** Folders checked, as given. */
  readonly dirs: readonly string[];
  readonly version: string;
};

const count = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

const countsText = (counts: Readonly<Record<Severity, number>>): string =>
  [count(counts.error, 'error'), count(counts.warning, 'warning'), count(counts.info, 'note')].join(
    ', ',
  );

const where = (f: DriftFinding): string => (f.line === null ? f.file : `${f.file}:${f.line}`);

const closing = (report: DriftReport, checked: Checked): string =>
  report.inLine
    ? `In line with the decision (${checked.summary}): ${checked.dirs.join(', ')}${report.findings.length > 0 ? `; ${countsText(report.counts)}` : ''}.`
    : `Drift from the decision (${checked.summary}): ${countsText(report.counts)}. Decision: ${checked.link}`;

const text = (report: DriftReport, checked: Checked): string =>
  [
    ...report.findings.flatMap((f) => [
      `${where(f)}: ${f.severity === 'info' ? 'note' : f.severity}: ${f.title}: ${f.message}`,
      `  fix: ${f.fix}`,
    ]),
    closing(report, checked),
  ]
    .map((l) => `${l}\n`)
    .join('');

const json = (report: DriftReport, checked: Checked): string =>
  `${JSON.stringify(
    {
      tool: 'isolation-advisor',
      version: checked.version,
      link: checked.link,
      decision: checked.summary,
      inLine: report.inLine,
      counts: report.counts,
      findings: report.findings,
    },
    null,
    2,
  )}\n`;

/** GitHub's escaping of a workflow command's message and of its properties. */
const escapeData = (s: string): string =>
  s.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');
const escapeProperty = (s: string): string =>
  escapeData(s).replaceAll(':', '%3A').replaceAll(',', '%2C');

const GITHUB_LEVEL: Record<Severity, string> = {
  error: 'error',
  warning: 'warning',
  info: 'notice',
};

const github = (report: DriftReport, checked: Checked): string =>
  [
    ...report.findings.map((f) => {
      const props = [
        `file=${escapeProperty(f.file)}`,
        ...(f.line === null ? [] : [`line=${f.line}`]),
        `title=${escapeProperty(`Isolation Advisor: ${f.title}`)}`,
      ].join(',');
      return `::${GITHUB_LEVEL[f.severity]} ${props}::${escapeData(`${f.message} Fix: ${f.fix}`)}`;
    }),
    closing(report, checked),
  ]
    .map((l) => `${l}\n`)
    .join('');

/** GitLab Code Quality severities: info, minor, major, critical, blocker. */
const GITLAB_SEVERITY: Record<Severity, string> = {
  error: 'major',
  warning: 'minor',
  info: 'info',
};

const fingerprint = (f: DriftFinding): string =>
  createHash('sha256').update(`${f.id}\u0000${f.file}\u0000${f.message}`).digest('hex');

const gitlab = (report: DriftReport): string =>
  `${JSON.stringify(
    report.findings.map((f) => ({
      description: `${f.title}: ${f.message} Fix: ${f.fix}`,
      check_name: `isolation-advisor/${f.id}`,
      fingerprint: fingerprint(f),
      severity: GITLAB_SEVERITY[f.severity],
      location: { path: f.file, lines: { begin: f.line ?? 1 } },
    })),
    null,
    2,
  )}\n`;

/** The report in `format`, ready for stdout. */
export const formatReport = (format: Format, report: DriftReport, checked: Checked): string => {
  switch (format) {
    case 'text':
      return text(report, checked);
    case 'json':
      return json(report, checked);
    case 'github':
      return github(report, checked);
    case 'gitlab':
      return gitlab(report);
  }
};
