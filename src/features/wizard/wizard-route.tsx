/**
 * The wizard as the first screen loads it. Step 1 (plan and platform) is part of the first chunk
 * and renders at once, without react-hook-form; `wizard.tsx` (steps 2 to 6, react-hook-form and
 * the zod resolver) is a separate chunk, prefetched (load-wizard.ts) when the browser is idle after
 * the first paint, so "Next" is instant. Once the user leaves step 1, the full wizard shows
 * every step, step 1 included. "Start over" sits above the step, so its offer to undo outlives it.
 */
import { lazy, Suspense, useState } from 'react';

import { NEW_ANSWERS } from '@/domain/questionnaire/schemas';
import type { StepId } from '@/domain/questionnaire/step-order';
import { useWizardStore } from '@/store/wizard-store';

import './wizard.css';
import { loadedWizard, loadWizard } from './load-wizard';
import { PlatformStep } from './platform-step';

/**
 * A thenable that calls back at once: `lazy` then renders an already prefetched module in the same
 * pass instead of suspending for a tick (a real promise always calls back later, which would flash
 * the fallback and lose the heading focus). `lazy` only ever calls `then`.
 */
const settled = <T,>(value: T): Promise<T> =>
  ({
    then: (onFulfilled: (v: T) => unknown) => {
      onFulfilled(value);
    },
  }) as unknown as Promise<T>;

const FullWizard = lazy(() => {
  const loaded = loadedWizard();
  return loaded === null
    ? loadWizard().then((Wizard) => ({ default: Wizard }))
    : settled({ default: loaded });
});

/** Step 1 as the first screen shows it (keyed like the full wizard's steps). */
const FirstStep = () => {
  const revision = useWizardStore((s) => s.revision);
  const answers = useWizardStore((s) => s.answers);
  return <PlatformStep key={`platform-${revision}`} answers={answers} />;
};

const LazyStartOver = lazy(() => import('./start-over').then((m) => ({ default: m.StartOver })));

/** What a new session starts from (the proposed Dagster release filled in). */
const DEFAULT_TEXT = JSON.stringify(NEW_ANSWERS);

/**
 * "Start over" once there is something to clear: a chunk of its own, so a first visit (the
 * defaults) does not load it. Once shown it stays, for its offer to undo.
 */
const StartOverSlot = () => {
  const pristine = useWizardStore((s) => JSON.stringify(s.answers) === DEFAULT_TEXT);
  const [needed, setNeeded] = useState(!pristine);
  if (!pristine && !needed) setNeeded(true);
  return needed ? (
    <Suspense fallback={null}>
      <LazyStartOver />
    </Suspense>
  ) : null;
};

type Mode = 'first-step' | 'full' | 'full-after-first-step';

export const WizardRoute = ({ stepId }: { readonly stepId: StepId }) => {
  const [mode, setMode] = useState<Mode>(stepId === 'platform' ? 'first-step' : 'full');
  const current: Mode =
    mode === 'first-step' && stepId !== 'platform' ? 'full-after-first-step' : mode;
  if (current !== mode) setMode(current);

  return (
    <div className="wizard-frame">
      <StartOverSlot />
      {current === 'first-step' ? (
        <FirstStep />
      ) : (
        <Suspense
          fallback={
            <p className="loading loading--screen" role="status">
              Loading the step…
            </p>
          }
        >
          <FullWizard stepId={stepId} focusOnMount={current === 'full-after-first-step'} />
        </Suspense>
      )}
    </div>
  );
};
