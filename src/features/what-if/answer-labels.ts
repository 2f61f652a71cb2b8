/** How each answer is named in the what-if views ("Plan: Pro → Solo"). */
import type { AnswerKey } from '@/domain/scoring/types';

export const ANSWER_LABELS = {
  plan: 'Plan',
  agent: 'Agent platform',
  ci: 'CI/CD',
  projects: 'Projects and teams',
  sod: 'Separation between teams',
  sodTeams: 'Teams the separation applies to',
  prod: 'Production and staging',
  share: 'Shared code',
  release: 'Releases',
  deps: 'Dependencies',
  pane: 'One view of all assets',
  ops: 'Capacity to run agents and deployments',
  cost: 'Cost sensitivity',
  targets: 'Also generate',
  dagsterVersion: 'Dagster version',
} as const satisfies Record<AnswerKey, string>;
