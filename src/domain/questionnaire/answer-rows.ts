/** The rows of "Your answers": a short label and each answer worded as the wizard words it. */
import { OPTIONAL_TARGETS } from '../emitters/types';
import { separatedTeamsOf, teamsOf, type Answers } from './schemas';
import { AGENT_QUESTION, PLAN_QUESTION } from './first-step-questions';
import { OPTION_LABELS } from './option-labels';

/** The summary's rows: a short label and the answer as the wizard labels it. */
export const answerRows = (a: Answers): readonly (readonly [string, string])[] => {
  const teams = teamsOf(a);
  const separated = separatedTeamsOf(a);
  return [
    ['Plan', PLAN_QUESTION.options[a.plan].label],
    ['Agent platform', AGENT_QUESTION.options[a.agent].label],
    ['CI/CD', OPTION_LABELS.ci[a.ci]],
    ['Dagster version', a.dagsterVersion ?? 'Not stated'],
    ['Teams', teams.join(', ')],
    [
      'Separation between teams',
      a.sod === 'none' || separated.length === 0
        ? OPTION_LABELS.sod[a.sod]
        : `${OPTION_LABELS.sod[a.sod]} (${
            separated.length === teams.length ? 'every team' : separated.join(', ')
          })`,
    ],
    ['Production separate from staging', a.prod ? 'Yes' : 'No'],
    ['Shared code', OPTION_LABELS.share[a.share]],
    ['Releases', OPTION_LABELS.release[a.release]],
    ['Dependencies', OPTION_LABELS.deps[a.deps]],
    ['One view of all assets', OPTION_LABELS.priority[a.pane]],
    ['Capacity to run agents and deployments', OPTION_LABELS.priority[a.ops]],
    ['Cost sensitivity', OPTION_LABELS.priority[a.cost]],
    [
      'Also generate',
      a.targets.length === 0
        ? 'Nothing else'
        : OPTIONAL_TARGETS.filter((t) => a.targets.includes(t.id))
            .map((t) => t.label)
            .join(', '),
    ],
  ];
};
