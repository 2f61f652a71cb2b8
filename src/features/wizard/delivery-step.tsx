/** Step 3: CI, code sharing, releases and dependencies (the repository layout questions), and the
 * Dagster version the files target. */
import { LATER_STEP_WHY } from '@/domain/questionnaire/later-step-why';
import { useId } from 'react';

import { TextField } from '@/components/ui/text-field';
import type { Answers } from '@/domain/questionnaire/schemas';
import {
  CI_QUESTION,
  DAGSTER_VERSION_FIELD,
  DEPS_QUESTION,
  deliveryFormSchema,
  deliveryPatch,
  RELEASE_QUESTION,
  SHARE_QUESTION,
} from '@/domain/questionnaire/steps';
import { PROPOSED_DAGSTER_VERSION } from '@/domain/versions/release';

import { QuestionRadios } from './question-radios';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

/** The step's questions in display order, each keyed by the answer it sets. */
const QUESTIONS = [
  ['share', SHARE_QUESTION],
  ['release', RELEASE_QUESTION],
  ['deps', DEPS_QUESTION],
  ['ci', CI_QUESTION],
] as const;

export const DeliveryStep = ({ answers }: { readonly answers: Answers }) => {
  const listId = useId();
  const { form, submitTo } = useStepForm(
    deliveryFormSchema,
    {
      ci: answers.ci,
      share: answers.share,
      release: answers.release,
      deps: answers.deps,
      dagsterVersion: answers.dagsterVersion ?? '',
    },
    deliveryPatch,
  );
  const { register, formState } = form;
  const { errors } = formState;
  return (
    <StepFrame stepId="delivery" why={LATER_STEP_WHY.delivery} onNavigate={submitTo}>
      <QuestionRadios questions={QUESTIONS} register={register} errors={errors} />
      <TextField
        id="dagsterVersion"
        label={DAGSTER_VERSION_FIELD.label}
        hint={DAGSTER_VERSION_FIELD.hint}
        list={listId}
        registration={register('dagsterVersion')}
        error={errors.dagsterVersion?.message}
      />
      <datalist id={listId}>
        <option value={PROPOSED_DAGSTER_VERSION} />
      </datalist>
    </StepFrame>
  );
};
