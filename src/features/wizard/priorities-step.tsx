/** Step 6: how much one pane of glass, operations and cost matter. */
import { RadioGroup } from '@/components/ui/radio-group';
import { prioritiesStepSchema, type Answers } from '@/domain/questionnaire/schemas';
import { COST_QUESTION, OPS_QUESTION, PANE_QUESTION } from '@/domain/questionnaire/steps';

import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'pane' | 'ops' | 'cost'>): Partial<Answers> => data;

export const PrioritiesStep = ({ answers }: { readonly answers: Answers }) => {
  const { form, submitTo } = useStepForm(
    prioritiesStepSchema,
    { pane: answers.pane, ops: answers.ops, cost: answers.cost },
    toPatch,
  );
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <StepFrame stepId="priorities" onNavigate={submitTo}>
      <RadioGroup
        id="pane"
        legend={PANE_QUESTION.legend}
        options={PANE_QUESTION.options}
        registration={register('pane')}
        error={errors.pane?.message}
      />
      <RadioGroup
        id="ops"
        legend={OPS_QUESTION.legend}
        options={OPS_QUESTION.options}
        registration={register('ops')}
        error={errors.ops?.message}
      />
      <RadioGroup
        id="cost"
        legend={COST_QUESTION.legend}
        options={COST_QUESTION.options}
        registration={register('cost')}
        error={errors.cost?.message}
      />
    </StepFrame>
  );
};
