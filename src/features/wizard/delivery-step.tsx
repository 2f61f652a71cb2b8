/** Step 3: CI, code sharing, releases and dependencies (the repository layout questions). */
import { deliveryStepSchema, type Answers } from '@/domain/questionnaire/schemas';
import {
  CI_QUESTION,
  DEPS_QUESTION,
  RELEASE_QUESTION,
  SHARE_QUESTION,
} from '@/domain/questionnaire/steps';

import { QuestionRadios } from './question-radios';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'ci' | 'share' | 'release' | 'deps'>): Partial<Answers> =>
  data;

/** The step's questions in display order, each keyed by the answer it sets. */
const QUESTIONS = [
  ['share', SHARE_QUESTION],
  ['release', RELEASE_QUESTION],
  ['deps', DEPS_QUESTION],
  ['ci', CI_QUESTION],
] as const;

export const DeliveryStep = ({ answers }: { readonly answers: Answers }) => {
  const { form, submitTo } = useStepForm(
    deliveryStepSchema,
    { ci: answers.ci, share: answers.share, release: answers.release, deps: answers.deps },
    toPatch,
  );
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <StepFrame stepId="delivery" onNavigate={submitTo}>
      <QuestionRadios questions={QUESTIONS} register={register} errors={errors} />
    </StepFrame>
  );
};
