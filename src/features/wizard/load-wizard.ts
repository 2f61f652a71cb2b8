/**
 * Loading the rest of the wizard: `wizard.tsx` (steps 2 to 6, react-hook-form and the zod
 * resolver) is its own chunk. The app prefetches it when the browser is idle after the first paint;
 * `wizard-route.tsx` shows it once the user leaves step 1.
 */
import type { Wizard } from './wizard';

type WizardComponent = typeof Wizard;

let loading: Promise<WizardComponent> | null = null;
let loaded: WizardComponent | null = null;

/** Loads the full wizard once; a failed load may be retried. */
export const loadWizard = (): Promise<WizardComponent> => {
  loading ??= import('./wizard').then(
    (module) => {
      loaded = module.Wizard;
      return module.Wizard;
    },
    (error: unknown) => {
      loading = null;
      throw error;
    },
  );
  return loading;
};

/** The full wizard if it is already loaded, else `null`. */
export const loadedWizard = (): WizardComponent | null => loaded;
