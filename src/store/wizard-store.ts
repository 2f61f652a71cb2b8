/**
 * The one app store: the answers and which view is on screen, nothing derived. Rankings, topology
 * and files are computed from `answers` where they are shown. The React binding is a thin
 * `useWizardStore(selector)` over a vanilla store, so the persistence adapter and tests need no
 * React.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

import { DEFAULT_ANSWERS, teamsOf, type Answers } from '@/domain/questionnaire/schemas';

import { FIRST_VIEW, type View } from './fragment';

export type WizardState = {
  readonly answers: Answers;
  readonly view: View;
  /**
   * Bumped when the answers are replaced as a whole (an example, a restored draft, start over), so
   * open step forms reload their values. Not persisted.
   */
  readonly revision: number;
};

export type WizardActions = {
  /** Merges validated answers from a step; drops separated teams that no longer own a project. */
  readonly commitAnswers: (patch: Partial<Answers>) => void;
  /** Shows a step or the results (the results only when there is a project). */
  readonly goTo: (view: View) => void;
  /** Replaces every answer (example, restored draft) and shows `view`. */
  readonly replaceAnswers: (answers: Answers, view?: View) => void;
  /** Back to the defaults and the first step. */
  readonly startOver: () => void;
};

export type WizardStore = WizardState & WizardActions;

/** The view actually shown for `view`: results need at least one project. */
export const normalizeView = (answers: Answers, view: View): View =>
  view === 'results' && answers.projects.length === 0 ? 'projects' : view;

const withValidSodTeams = (answers: Answers): Answers => {
  const teams = new Set(teamsOf(answers));
  const sodTeams = answers.sodTeams.filter((t) => teams.has(t));
  return sodTeams.length === answers.sodTeams.length ? answers : { ...answers, sodTeams };
};

/** A new store (the app uses `wizardStore`; tests make their own). */
export const createWizardStore = (
  initial: Pick<WizardState, 'answers' | 'view'> = { answers: DEFAULT_ANSWERS, view: FIRST_VIEW },
): StoreApi<WizardStore> =>
  createStore<WizardStore>()((set) => ({
    answers: initial.answers,
    view: normalizeView(initial.answers, initial.view),
    revision: 0,
    commitAnswers: (patch) => {
      set((s) => ({ answers: withValidSodTeams({ ...s.answers, ...patch }) }));
    },
    goTo: (view) => {
      set((s) => ({ view: normalizeView(s.answers, view) }));
    },
    replaceAnswers: (answers, view) => {
      set((s) => {
        const next = withValidSodTeams(answers);
        return {
          answers: next,
          view: normalizeView(next, view ?? s.view),
          revision: s.revision + 1,
        };
      });
    },
    startOver: () => {
      set((s) => ({ answers: DEFAULT_ANSWERS, view: FIRST_VIEW, revision: s.revision + 1 }));
    },
  }));

/** The app's store instance. */
export const wizardStore = createWizardStore();

/** Reads a slice of the app store in a component. */
export const useWizardStore = <T>(selector: (state: WizardStore) => T): T =>
  useStore(wizardStore, selector);
