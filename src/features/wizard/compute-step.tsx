/**
 * Step 5: per project, where its code must run and whether it launches many runs. Edits the same
 * projects as step 2; names are shown, not edited, here.
 */
import { LATER_STEP_WHY } from '@/domain/questionnaire/later-step-why';
import { useId } from 'react';
import { useFieldArray, useWatch } from 'react-hook-form';

import { projectsStepSchema, uniqueInOrder, type Answers } from '@/domain/questionnaire/schemas';
import { COMPUTE_EXPLAINER, HIGH_VOLUME_EXPLAINER } from '@/domain/questionnaire/steps';

import { ComputeFields } from './compute-fields';
import './projects-table.css';
import { StepFrame } from './step-frame';
import { useStepForm } from './use-step-form';

const toPatch = (data: Pick<Answers, 'projects'>): Partial<Answers> => data;

export const ComputeStep = ({ answers }: { readonly answers: Answers }) => {
  const { form, submitTo } = useStepForm(
    projectsStepSchema,
    { projects: answers.projects },
    toPatch,
  );
  const { control, register, formState } = form;
  const { fields } = useFieldArray({ control, name: 'projects' });
  const projects = useWatch({ control, name: 'projects' });
  const uid = useId();
  const listId = `${uid}-computes`;
  const computes = uniqueInOrder(projects.map((p) => p.compute).filter((c) => c !== ''));
  const errors = formState.errors.projects;
  return (
    <StepFrame stepId="compute" why={LATER_STEP_WHY.compute} onNavigate={submitTo}>
      <p className="explainer-text">{COMPUTE_EXPLAINER}</p>
      <p className="explainer-text">{HIGH_VOLUME_EXPLAINER}</p>
      <datalist id={listId}>
        {computes.map((c) => (
          <option key={c} value={c} />
        ))}
      </datalist>
      <ol className="project-rows compute-rows">
        {fields.map((field, i) => (
          <li key={field.id} className="project-row">
            <fieldset>
              <legend>
                {field.name} <span className="hint">({field.team})</span>
              </legend>
              <div className="project-fields">
                <ComputeFields
                  rowId={field.id}
                  index={i}
                  listId={listId}
                  register={register}
                  error={errors?.[i]?.compute?.message}
                />
              </div>
            </fieldset>
          </li>
        ))}
      </ol>
    </StepFrame>
  );
};
