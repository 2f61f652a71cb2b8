/** The rows of "Your answers": a short label and each answer worded as the wizard words it. */
import { OPTIONAL_TARGETS } from '../emitters/types';
import { ANSWER_LABELS, YES_NO_LABELS } from './answer-labels';
import { separatedTeamsOf, teamsOf, type Answers } from './schemas';
import { AGENT_QUESTION, PLAN_QUESTION } from './first-step-questions';
import { OPTION_LABELS } from './option-labels';

/** The summary's rows: a short label and the answer as the wizard labels it. */
export const answerRows = (a: Answers): readonly (readonly [string, string])[] => {
  const teams = teamsOf(a);
  const separated = separatedTeamsOf(a);
  return [
    [ANSWER_LABELS.plan, PLAN_QUESTION.options[a.plan].label],
    [ANSWER_LABELS.agent, AGENT_QUESTION.options[a.agent].label],
    [ANSWER_LABELS.ci, OPTION_LABELS.ci[a.ci]],
    [ANSWER_LABELS.dagsterVersion, a.dagsterVersion ?? 'Not stated'],
    ['Teams', teams.join(', ')],
    [
      ANSWER_LABELS.sod,
      a.sod === 'none' || separated.length === 0
        ? OPTION_LABELS.sod[a.sod]
        : `${OPTION_LABELS.sod[a.sod]} (${
            separated.length === teams.length ? 'every team' : separated.join(', ')
          })`,
    ],
    [ANSWER_LABELS.prod, a.prod ? YES_NO_LABELS.yes : YES_NO_LABELS.no],
    [ANSWER_LABELS.share, OPTION_LABELS.share[a.share]],
    [ANSWER_LABELS.release, OPTION_LABELS.release[a.release]],
    [ANSWER_LABELS.deps, OPTION_LABELS.deps[a.deps]],
    [ANSWER_LABELS.pane, OPTION_LABELS.priority[a.pane]],
    [ANSWER_LABELS.ops, OPTION_LABELS.priority[a.ops]],
    [ANSWER_LABELS.cost, OPTION_LABELS.priority[a.cost]],
    [
      ANSWER_LABELS.targets,
      a.targets.length === 0
        ? 'Nothing else'
        : OPTIONAL_TARGETS.filter((t) => a.targets.includes(t.id))
            .map((t) => t.label)
            .join(', '),
    ],
  ];
};
