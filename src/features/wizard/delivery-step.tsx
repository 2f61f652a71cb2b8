/** Step 3: CI, code sharing, releases and dependencies (the repository layout questions). */
import { RadioGroup } from '@/components/ui/radio-group';
import { deliveryStepSchema, type Answers } from '@/domain/questionnaire/schemas';
import {
  CI_QUESTION,
  DEPS_QUESTION,
  RELEASE_QUESTION,
  SHARE_QUESTION,
} from '@/domain/questionnaire/steps';

import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'ci' | 'share' | 'release' | 'deps'>): Partial<Answers> =>
  data;

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
      <RadioGroup
        id="share"
        legend={SHARE_QUESTION.legend}
        options={SHARE_QUESTION.options}
        registration={register('share')}
        error={errors.share?.message}
      />
      <RadioGroup
        id="release"
        legend={RELEASE_QUESTION.legend}
        options={RELEASE_QUESTION.options}
        registration={register('release')}
        error={errors.release?.message}
      />
      <RadioGroup
        id="deps"
        legend={DEPS_QUESTION.legend}
        options={DEPS_QUESTION.options}
        registration={register('deps')}
        error={errors.deps?.message}
      />
      <RadioGroup
        id="ci"
        legend={CI_QUESTION.legend}
        options={CI_QUESTION.options}
        registration={register('ci')}
        error={errors.ci?.message}
      />
    </StepFrame>
  );
};
