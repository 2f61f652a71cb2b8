/** Step 1: plan and agent type, with example scenarios to start from. */
import { RadioGroup } from '@/components/ui/radio-group';
import type { Answers } from '@/domain/questionnaire/schemas';
import { platformStepSchema } from '@/domain/questionnaire/schemas';
import { AGENT_QUESTION, PLAN_QUESTION } from '@/domain/questionnaire/steps';

import { ExamplesPanel } from './examples-panel';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'plan' | 'agent'>): Partial<Answers> => data;

export const PlatformStep = ({ answers }: { readonly answers: Answers }) => {
  const { form, submitTo } = useStepForm(
    platformStepSchema,
    { plan: answers.plan, agent: answers.agent },
    toPatch,
  );
  const { register, formState } = form;
  return (
    <StepFrame stepId="platform" onNavigate={submitTo} intro={<ExamplesPanel />}>
      <RadioGroup
        id="plan"
        legend={PLAN_QUESTION.legend}
        help={PLAN_QUESTION.help}
        options={PLAN_QUESTION.options}
        registration={register('plan')}
        error={formState.errors.plan?.message}
      />
      <RadioGroup
        id="agent"
        legend={AGENT_QUESTION.legend}
        options={AGENT_QUESTION.options}
        registration={register('agent')}
        error={formState.errors.agent?.message}
      />
    </StepFrame>
  );
};
