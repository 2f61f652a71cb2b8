/**
 * How every answer is named wherever it is shown outside its wizard step: "Your answers", the
 * what-ifs ("Separation between teams: Confidential → Separate permissions"), the comparison, the
 * decision record and the printed report. Each answer's values are worded by OPTION_LABELS (and
 * the first step's questions), the labels the wizard's options show.
 */
import type { Answers } from './schemas';

export const ANSWER_LABELS = {
  plan: 'Plan',
  agent: 'Agent platform',
  ci: 'CI/CD',
  projects: 'Projects and teams',
  sod: 'Separation between teams',
  sodTeams: 'Teams the separation applies to',
  prod: 'Production separate from staging',
  share: 'Shared code',
  release: 'Releases',
  deps: 'Dependencies',
  pane: 'One view of all assets',
  ops: 'Capacity to run agents and deployments',
  cost: 'Cost sensitivity',
  targets: 'Also generate',
  dagsterVersion: 'Dagster version',
} as const satisfies Record<keyof Answers, string>;

/** How a yes/no answer (production apart) reads. */
export const YES_NO_LABELS = { yes: 'Yes', no: 'No' } as const;
