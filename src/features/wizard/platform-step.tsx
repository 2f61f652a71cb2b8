/**
 * Step 1: plan and agent type, with example scenarios to start from. The first screen loads this
 * step without react-hook-form (see wizard-route.tsx): two radio groups, each change validated by
 * the step's zod schema and stored at once, as the other steps do; "Next" validates again.
 */
import { PLATFORM_STEP_WHY } from '@/domain/questionnaire/first-step-questions';
import { useState } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

import { RadioGroup } from '@/components/ui/radio-group';
import type { Answers } from '@/domain/questionnaire/schemas';
import { platformStepSchema } from '@/domain/questionnaire/schemas';
import { AGENT_QUESTION, PLAN_QUESTION } from '@/domain/questionnaire/first-step-questions';
import type { View } from '@/store/fragment';
import { wizardStore } from '@/store/wizard-store';

import { ExamplesPanel } from './examples-panel';
import { StepFrame } from './step-frame';

type Field = 'plan' | 'agent';
type Values = Pick<Answers, Field>;
type Errors = Partial<Record<Field, string>>;

/** The first message per field of a failed parse. */
const errorsOf = (issues: readonly { path: readonly PropertyKey[]; message: string }[]): Errors => {
  const errors: Errors = {};
  for (const issue of issues) {
    const field = issue.path[0];
    if ((field === 'plan' || field === 'agent') && errors[field] === undefined) {
      errors[field] = issue.message;
    }
  }
  return errors;
};

export const PlatformStep = ({ answers }: { readonly answers: Answers }) => {
  const [values, setValues] = useState<Values>({ plan: answers.plan, agent: answers.agent });
  const [errors, setErrors] = useState<Errors>({});

  const validate = (candidate: Record<Field, unknown>): Values | null => {
    const parsed = platformStepSchema.safeParse(candidate);
    setErrors(parsed.success ? {} : errorsOf(parsed.error.issues));
    return parsed.success ? parsed.data : null;
  };

  const registration = (name: Field): UseFormRegisterReturn => ({
    name,
    ref: () => undefined,
    onBlur: () => Promise.resolve(),
    onChange: (event: { readonly target: { readonly value: string } }) => {
      const next = validate({ ...values, [name]: event.target.value });
      if (next !== null) {
        setValues(next);
        wizardStore.getState().commitAnswers(next);
      }
      return Promise.resolve();
    },
  });

  const submitTo = (target: View): Promise<void> => {
    const valid = validate(values);
    if (valid !== null) {
      const { commitAnswers, goTo } = wizardStore.getState();
      commitAnswers(valid);
      goTo(target);
    }
    return Promise.resolve();
  };

  return (
    <StepFrame
      stepId="platform"
      why={PLATFORM_STEP_WHY}
      onNavigate={submitTo}
      intro={<ExamplesPanel />}
    >
      <RadioGroup
        id="plan"
        legend={PLAN_QUESTION.legend}
        help={PLAN_QUESTION.help}
        options={PLAN_QUESTION.options}
        registration={registration('plan')}
        initialValue={values.plan}
        error={errors.plan}
      />
      <RadioGroup
        id="agent"
        legend={AGENT_QUESTION.legend}
        options={AGENT_QUESTION.options}
        registration={registration('agent')}
        initialValue={values.agent}
        error={errors.agent}
      />
    </StepFrame>
  );
};
