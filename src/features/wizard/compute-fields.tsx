/**
 * One project's compute environment and high-volume fields, as the projects step and the compute
 * step both show them in a project row.
 */
import { CheckboxField } from '@/components/ui/checkbox-field';
import { TextField } from '@/components/ui/text-field';
import type { projectsStepSchema } from '@/domain/questionnaire/schemas';

import type { StepForm } from './use-step-form';

export type ComputeFieldsProps = {
  /** The row's field-array id; the inputs' ids are built from it. */
  readonly rowId: string;
  /** The row's index in the `projects` field array. */
  readonly index: number;
  /** Id of the `<datalist>` of compute environments already used. */
  readonly listId: string;
  /** The projects form's `register`. */
  readonly register: StepForm<typeof projectsStepSchema>['form']['register'];
  /** The compute field's validation message, if any. */
  readonly error: string | undefined;
};

/** The "Compute environment" text field (with suggestions) and the "High volume" checkbox. */
export const ComputeFields = ({ rowId, index, listId, register, error }: ComputeFieldsProps) => (
  <>
    <TextField
      id={`${rowId}-compute`}
      label="Compute environment"
      list={listId}
      registration={register(`projects.${index}.compute`)}
      error={error}
    />
    <CheckboxField
      id={`${rowId}-hv`}
      label="High volume"
      className="project-hv"
      registration={register(`projects.${index}.highVolume`)}
    />
  </>
);
