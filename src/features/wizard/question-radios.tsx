/**
 * A run of choice questions on a react-hook-form step: one radio group per `[answer key, question]`
 * pair from the domain's question tables, in the given order, with the group's id and field name
 * both the answer key and each field's validation message shown under its group.
 */
import type { UseFormRegisterReturn } from 'react-hook-form';

import { RadioGroup } from '@/components/ui/radio-group';
import type { ChoiceQuestion } from '@/domain/questionnaire/steps';

export type QuestionRadiosProps<K extends string> = {
  /** The questions in display order, each keyed by the answer it sets. */
  readonly questions: readonly (readonly [K, ChoiceQuestion<string>])[];
  /** The step form's `register`. */
  readonly register: (name: K) => UseFormRegisterReturn;
  /** The step form's `formState.errors`. */
  readonly errors: Partial<Record<K, { readonly message?: string | undefined } | undefined>>;
};

/** Renders one `RadioGroup` per question, exactly as a step would write them out by hand. */
export const QuestionRadios = <K extends string>({
  questions,
  register,
  errors,
}: QuestionRadiosProps<K>) =>
  questions.map(([key, question]) => (
    <RadioGroup
      key={key}
      id={key}
      legend={question.legend}
      options={question.options}
      registration={register(key)}
      error={errors[key]?.message}
    />
  ));
