/**
 * The wizard: shows the step named by the store's view, one form per step. When the step changes
 * the new heading takes focus, so keyboard and screen-reader users start at the top of it. The app
 * loads this module lazily (wizard-route.tsx): it brings react-hook-form and steps 2 to 6.
 */
import { useEffect, useRef } from 'react';

import type { StepId } from '@/domain/questionnaire/steps';
import { useWizardStore } from '@/store/wizard-store';

import './wizard.css';
import { ComplianceStep } from './compliance-step';
import { ComputeStep } from './compute-step';
import { DeliveryStep } from './delivery-step';
import { PlatformStep } from './platform-step';
import { PrioritiesStep } from './priorities-step';
import { ProjectsStep } from './projects-step';
import { STEP_HEADING_ID } from './step-frame';

const STEP_COMPONENTS = {
  platform: PlatformStep,
  projects: ProjectsStep,
  delivery: DeliveryStep,
  compliance: ComplianceStep,
  compute: ComputeStep,
  priorities: PrioritiesStep,
} as const satisfies Record<StepId, unknown>;

export type WizardProps = {
  readonly stepId: StepId;
  /** Focus the heading on mount too (the wizard was loaded because the user moved to a step). */
  readonly focusOnMount?: boolean | undefined;
};

export const Wizard = ({ stepId, focusOnMount = false }: WizardProps) => {
  const revision = useWizardStore((s) => s.revision);
  // Read once per mount (see the key below): a step form owns its values while it is shown.
  const answers = useWizardStore((s) => s.answers);
  const skipFocus = useRef(!focusOnMount);

  useEffect(() => {
    if (skipFocus.current) {
      skipFocus.current = false;
      return;
    }
    document.getElementById(STEP_HEADING_ID)?.focus();
  }, [stepId]);

  const Step = STEP_COMPONENTS[stepId];
  return <Step key={`${stepId}-${revision}`} answers={answers} />;
};
