/**
 * One react-hook-form form for one step, validated by the step's zod schema. Values start from the
 * store; every change that passes the schema is committed at once (so the URL and the draft follow
 * the user's typing), and leaving the step forwards validates first.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from '@/domain/zod';

import type { Answers } from '@/domain/questionnaire/schemas';
import type { View } from '@/store/fragment';
import { wizardStore } from '@/store/wizard-store';

export type StepForm<S extends z.ZodMiniType<FieldValues, FieldValues>> = {
  readonly form: UseFormReturn<z.input<S>, unknown, z.output<S>>;
  /** Validates; when valid, stores the answers and shows `target`. */
  readonly submitTo: (target: View) => Promise<void>;
};

export const useStepForm = <S extends z.ZodMiniType<FieldValues, FieldValues>>(
  schema: S,
  defaultValues: DefaultValues<z.input<S>>,
  toPatch: (data: z.output<S>) => Partial<Answers>,
): StepForm<S> => {
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues,
    mode: 'onChange',
  });

  const { watch } = form;
  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = schema.safeParse(values);
      if (parsed.success) wizardStore.getState().commitAnswers(toPatch(parsed.data));
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [watch, schema, toPatch]);

  const submitTo = (target: View): Promise<void> =>
    form.handleSubmit((data) => {
      const { commitAnswers, goTo } = wizardStore.getState();
      commitAnswers(toPatch(data));
      goTo(target);
    })();

  return { form, submitTo };
};
