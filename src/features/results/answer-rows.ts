/** The rows of "Your answers": a short label and each answer worded as the wizard words it. */
import { OPTIONAL_TARGETS } from '@/domain/emitters/types';
import { separatedTeamsOf, teamsOf, type Answers } from '@/domain/questionnaire/schemas';
import {
  AGENT_QUESTION,
  CI_QUESTION,
  COST_QUESTION,
  DEPS_QUESTION,
  OPS_QUESTION,
  PANE_QUESTION,
  PLAN_QUESTION,
  RELEASE_QUESTION,
  SHARE_QUESTION,
  SOD_QUESTION,
} from '@/domain/questionnaire/steps';

/** The summary's rows: a short label and the answer as the wizard labels it. */
export const answerRows = (a: Answers): readonly (readonly [string, string])[] => {
  const teams = teamsOf(a);
  const separated = separatedTeamsOf(a);
  return [
    ['Plan', PLAN_QUESTION.options[a.plan].label],
    ['Agent platform', AGENT_QUESTION.options[a.agent].label],
    ['CI/CD', CI_QUESTION.options[a.ci].label],
    ['Teams', teams.join(', ')],
    [
      'Separation between teams',
      a.sod === 'none' || separated.length === 0
        ? SOD_QUESTION.options[a.sod].label
        : `${SOD_QUESTION.options[a.sod].label} (${
            separated.length === teams.length ? 'every team' : separated.join(', ')
          })`,
    ],
    ['Production separate from staging', a.prod ? 'Yes' : 'No'],
    ['Shared code', SHARE_QUESTION.options[a.share].label],
    ['Releases', RELEASE_QUESTION.options[a.release].label],
    ['Dependencies', DEPS_QUESTION.options[a.deps].label],
    ['One view of all assets', PANE_QUESTION.options[a.pane].label],
    ['Capacity to run agents and deployments', OPS_QUESTION.options[a.ops].label],
    ['Cost sensitivity', COST_QUESTION.options[a.cost].label],
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
