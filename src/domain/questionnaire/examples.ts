/**
 * Example scenarios a lead can start from. They are labelled as examples in the UI and are plain
 * answer sets: loading one replaces the answers, which the user then edits.
 */
import { NEW_ANSWERS, type Answers, type Project } from './schemas';

/** A named starting point. `answers` passes `completeAnswersSchema`. */
export type Example = {
  readonly id: string;
  readonly title: string;
  /** One sentence saying what situation it models. */
  readonly summary: string;
  readonly answers: Answers;
};

const project = (name: string, team: string, compute: string, highVolume = false): Project => ({
  name,
  team,
  compute,
  highVolume,
});

export const EXAMPLES = [
  {
    id: 'one-team-one-cloud',
    title: 'One team, one cloud',
    summary: 'Three pipelines owned by one data team, all running in one AWS account.',
    answers: {
      ...NEW_ANSWERS,
      projects: [
        project('ingest', 'data', 'aws'),
        project('transform', 'data', 'aws'),
        project('reporting', 'data', 'aws'),
      ],
      share: 'heavy',
      pane: 'high',
      ops: 'low',
      cost: 'high',
    },
  },
  {
    id: 'two-clouds',
    title: 'Two clouds',
    summary: 'Three teams; the data-science team trains models on GCP while the rest runs on AWS.',
    answers: {
      ...NEW_ANSWERS,
      projects: [
        project('ingest', 'platform', 'aws'),
        project('marts', 'analytics', 'aws'),
        project('train', 'science', 'gcp'),
      ],
      sod: 'access',
      pane: 'high',
    },
  },
  {
    id: 'regulated-team',
    title: 'Regulated team',
    summary: 'A finance team under audit whose assets the product team must not see.',
    answers: {
      ...NEW_ANSWERS,
      projects: [
        project('ledger', 'finance', 'aws'),
        project('payouts', 'finance', 'aws'),
        project('events', 'product', 'aws'),
        project('growth', 'product', 'aws'),
      ],
      sod: 'confidential',
      sodTeams: ['finance'],
      share: 'none',
      release: 'independent',
      deps: 'conflicting',
    },
  },
  {
    id: 'three-teams-nine-pipelines',
    title: 'Three teams, nine pipelines',
    summary:
      'Platform, analytics and science teams; science runs on GPUs, two projects are busy, production stays apart.',
    answers: {
      ...NEW_ANSWERS,
      projects: [
        project('ingest', 'platform', 'aws'),
        project('cdc', 'platform', 'aws', true),
        project('quality', 'platform', 'aws'),
        project('marts', 'analytics', 'aws'),
        project('dashboards', 'analytics', 'aws'),
        project('exports', 'analytics', 'aws'),
        project('features', 'science', 'gpu'),
        project('train', 'science', 'gpu', true),
        project('score', 'science', 'gpu'),
      ],
      sod: 'execution',
      sodTeams: ['science'],
      prod: true,
      release: 'independent',
      deps: 'conflicting',
      ops: 'high',
      cost: 'low',
    },
  },
] as const satisfies readonly Example[];
