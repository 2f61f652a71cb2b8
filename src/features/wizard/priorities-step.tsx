/** Step 6: how much one pane of glass, operations and cost matter. */
import { LATER_STEP_WHY } from '@/domain/questionnaire/later-step-why';
import { prioritiesStepSchema, type Answers } from '@/domain/questionnaire/schemas';
import { COST_QUESTION, OPS_QUESTION, PANE_QUESTION } from '@/domain/questionnaire/steps';

import { QuestionRadios } from './question-radios';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'pane' | 'ops' | 'cost'>): Partial<Answers> => data;

/** The step's questions in display order, each keyed by the answer it sets. */
const QUESTIONS = [
  ['pane', PANE_QUESTION],
  ['ops', OPS_QUESTION],
  ['cost', COST_QUESTION],
] as const;

export const PrioritiesStep = ({ answers }: { readonly answers: Answers }) => {
  const { form, submitTo } = useStepForm(
    prioritiesStepSchema,
    { pane: answers.pane, ops: answers.ops, cost: answers.cost },
    toPatch,
  );
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <StepFrame stepId="priorities" why={LATER_STEP_WHY.priorities} onNavigate={submitTo}>
      <QuestionRadios questions={QUESTIONS} register={register} errors={errors} />
    </StepFrame>
  );
};
