/**
 * The drift check's contract: the files of a repository as they are today, and the findings that
 * say where they have left the decision (the share link). Plain, serialisable data, so the CLI can
 * print it as text, JSON, GitHub annotations or a GitLab Code Quality report.
 */
import type { FindingId, Severity } from '../import/types';

/** A file as read from disk: its path inside the repository ("/"-separated) and its text. */
export type { RepoFile } from '../import/types';

/** Every kind of drift the check reports, with its severity and a short title. */
export const DRIFT_KINDS = {
  'config-missing': {
    severity: 'error',
    title: 'No Dagster+ configuration',
  },
  'location-unknown': { severity: 'error', title: 'Code location the decision does not know' },
  'location-other-repo': {
    severity: 'error',
    title: 'Code location of another repository',
  },
  'location-missing': { severity: 'error', title: 'Code location missing' },
  'queue-foreign': { severity: 'error', title: "Routed to another team's or environment's agent" },
  'queue-unserved': { severity: 'error', title: 'Routed to a queue no agent serves' },
  'queue-changed': { severity: 'error', title: 'Routed to another queue' },
  'owner-missing': { severity: 'error', title: 'No owner line of its own in CODEOWNERS' },
  'owner-changed': { severity: 'error', title: 'Owned by another team in CODEOWNERS' },
  'codeowners-missing': { severity: 'error', title: 'No CODEOWNERS' },
  'ci-missing': { severity: 'error', title: 'No deploy pipeline' },
  'ci-not-built': { severity: 'error', title: 'Code location the pipeline never builds' },
  'ci-not-deployed': { severity: 'error', title: 'Code location the pipeline never deploys' },
  'ci-unknown-location': {
    severity: 'error',
    title: 'Pipeline builds a location the configuration lacks',
  },
  'ci-unknown-deployment': {
    severity: 'error',
    title: 'Deploy to a deployment the decision does not have',
  },
  'agent-unknown': { severity: 'warning', title: 'Agent the decision does not have' },
  'agent-missing': { severity: 'warning', title: 'Agent of the decision not found' },
  'agent-differs': { severity: 'error', title: 'Agent serves other queues or deployments' },
  'format-differs': { severity: 'info', title: 'Other configuration format' },
  'links-differ': { severity: 'info', title: 'Files carry different share links' },
} as const satisfies Record<string, { severity: Severity; title: string }>;

export type DriftKind = keyof typeof DRIFT_KINDS;

/** One place where the repository has left the decision, or an audit problem it gained. */
export type DriftFinding = {
  /** A drift kind, or the id of a browser-audit finding (`origin: 'audit'`). */
  readonly id: DriftKind | FindingId;
  readonly severity: Severity;
  /** Short title of the kind. */
  readonly title: string;
  /** Path of the file as the user gave it ("dagster-data/dagster_cloud.yaml"). */
  readonly file: string;
  /** 1-based line, or null when the problem has no single line. */
  readonly line: number | null;
  readonly message: string;
  readonly fix: string;
  /** `drift`: the file differs from the decision; `audit`: a problem the import audit finds. */
  readonly origin: 'drift' | 'audit';
  /**
   * How many problems this finding stands for when more than one: the audit's findings past its
   * cap of a kind in a file, said in one finding ("30 more …"). Counted so in `counts`.
   */
  readonly count?: number;
};

/** A file that could not be read at all: the check stops (exit 2) instead of guessing. */
export type UnreadableFile = {
  readonly file: string;
  readonly line: number | null;
  readonly reason: string;
};

export type DriftReport = {
  readonly findings: readonly DriftFinding[];
  readonly unreadable: readonly UnreadableFile[];
  readonly counts: Readonly<Record<Severity, number>>;
  /** True when no error or warning was found (infos do not fail the check). */
  readonly inLine: boolean;
};
