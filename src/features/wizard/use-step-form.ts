/**
 * One react-hook-form form for one step, validated by the step's zod schema. Values start from the
 * store; every change that passes the schema is committed at once (so the URL and the draft follow
 * the user's typing), and leaving the step forwards validates first. Values that do not pass are
 * kept aside (unsaved-steps.ts): leaving with Back, or reloading, and coming back shows them again
 * with their messages, so nothing typed is lost.
 */
import { zodResolver } from '@hookform/resolvers/zod';
import { useEffect, useState } from 'react';
import { useForm, type DefaultValues, type FieldValues, type UseFormReturn } from 'react-hook-form';
import type { z } from '@/domain/zod';

import type { Answers } from '@/domain/questionnaire/schemas';
import type { View } from '@/store/fragment';
import { forgetUnsaved, keepUnsaved, readUnsaved } from '@/store/unsaved-steps';
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
  // The step on screen, and the answers its form starts from: what unsaved values are tied to.
  const [{ step, over, unsaved }] = useState(() => {
    const at = wizardStore.getState().view;
    const from = JSON.stringify(defaultValues);
    return { step: at, over: from, unsaved: readUnsaved(at, from) };
  });
  const form = useForm<z.input<S>, unknown, z.output<S>>({
    resolver: zodResolver(schema),
    defaultValues: (unsaved ?? defaultValues) as DefaultValues<z.input<S>>,
    mode: 'onChange',
  });

  const { watch, trigger } = form;
  useEffect(() => {
    // Back to values that did not pass: show why again.
    if (unsaved !== null) void trigger();
  }, [unsaved, trigger]);

  useEffect(() => {
    const subscription = watch((values) => {
      const parsed = schema.safeParse(values);
      if (parsed.success) {
        forgetUnsaved(step);
        wizardStore.getState().commitAnswers(toPatch(parsed.data));
      } else {
        keepUnsaved(step, over, values);
      }
    });
    return () => {
      subscription.unsubscribe();
    };
  }, [watch, schema, toPatch, step, over]);

  const submitTo = (target: View): Promise<void> =>
    form.handleSubmit((data) => {
      const { commitAnswers, goTo } = wizardStore.getState();
      forgetUnsaved(step);
      commitAnswers(toPatch(data));
      goTo(target);
    })();

  return { form, submitTo };
};
