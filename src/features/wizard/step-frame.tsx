/**
 * The frame of every step: progress (step k of n, a bar and the list of steps, the completed ones
 * marked), the step heading (focused when the step changes), the guide's "why", the questions, and
 * Back / Next.
 */
import type { ReactNode, SyntheticEvent } from 'react';

import { Button } from '@/components/ui/button';
import {
  STEP_IDS,
  STEPS,
  completedSteps,
  nextStep,
  previousStep,
  type StepId,
} from '@/domain/questionnaire/step-order';
import type { View } from '@/store/fragment';
import { useWizardStore, wizardStore } from '@/store/wizard-store';

export type StepFrameProps = {
  readonly stepId: StepId;
  /** Validate the step and, when valid, show `target`. */
  readonly onNavigate: (target: View) => Promise<void>;
  readonly children: ReactNode;
  /** One or two sentences: why the guide cares about this step. Plain text. */
  readonly why: string;
  /** Content above the form (examples on the first step). */
  readonly intro?: ReactNode;
};

export const STEP_HEADING_ID = 'step-heading';

export const StepFrame = ({ stepId, why, onNavigate, children, intro }: StepFrameProps) => {
  const step = STEPS[stepId];
  const index = STEP_IDS.indexOf(stepId);
  const next = nextStep(stepId);
  const previous = previousStep(stepId);

  const handleSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    void onNavigate(next ?? 'results');
  };

  return (
    <section className="step" aria-labelledby={STEP_HEADING_ID}>
      <StepProgress current={stepId} onNavigate={onNavigate} />
      <h2 id={STEP_HEADING_ID} tabIndex={-1} className="step-title">
        {step.title}
      </h2>
      <p className="step-why">{why}</p>
      {intro}
      <form className="step-form" noValidate onSubmit={handleSubmit}>
        {children}
        <div className="step-actions">
          {previous !== null && (
            <Button
              onClick={() => {
                wizardStore.getState().goTo(previous);
              }}
            >
              Back
            </Button>
          )}
          <Button type="submit" variant="primary">
            {next === null ? 'Next: see results' : 'Next'}
          </Button>
          <span className="step-count" aria-hidden="true">
            {index + 1} / {STEP_IDS.length}
          </span>
        </div>
      </form>
    </section>
  );
};

type StepProgressProps = {
  readonly current: StepId;
  readonly onNavigate: (target: View) => Promise<void>;
};

const StepProgress = ({ current, onNavigate }: StepProgressProps) => {
  const index = STEP_IDS.indexOf(current);
  const answers = useWizardStore((s) => s.answers);
  const done = completedSteps(answers, current);
  return (
    <nav className="progress" aria-label="Wizard steps">
      <p id="progress-label" className="progress-label">
        Step {index + 1} of {STEP_IDS.length}
      </p>
      <progress
        className="progress-bar"
        max={STEP_IDS.length}
        value={index + 1}
        aria-labelledby="progress-label"
      />
      <ol className="progress-steps">
        {STEP_IDS.map((id, i) => (
          <li key={id}>
            <button
              type="button"
              className={done.has(id) ? 'progress-step progress-step--done' : 'progress-step'}
              aria-current={id === current ? 'step' : undefined}
              onClick={() => {
                // Earlier steps: go at once; later steps: this step must be valid first.
                if (i <= index) wizardStore.getState().goTo(id);
                else void onNavigate(id);
              }}
            >
              <span className="progress-step-number" aria-hidden="true">
                {done.has(id) ? '✓' : i + 1}
              </span>
              {STEPS[id].title}
              {done.has(id) && <span className="visually-hidden">, completed</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
};
