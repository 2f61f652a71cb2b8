/**
 * The one app store: the answers and which view is on screen, nothing derived. Rankings, topology
 * and files are computed from `answers` where they are shown. The React binding is a thin
 * `useWizardStore(selector)` over a vanilla store, so the persistence adapter and tests need no
 * React.
 */
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

import type { ImportInput } from '@/domain/import/types';
import { NEW_ANSWERS, teamsOf, type Answers } from '@/domain/questionnaire/schemas';
import type { RepoLayout } from '@/domain/scoring/types';

import { FIRST_VIEW, type View } from './fragment';
import { clearUnsaved } from './unsaved-clear';

/**
 * Files the user imported, as typed (not parsed: the plan re-reads them where it is shown), and
 * their answer to "one repository or several?" (null: not sure). In memory only: not in the
 * share link nor the draft.
 */
export type ImportedSetup = {
  readonly input: ImportInput;
  readonly layout: RepoLayout | null;
};

export type WizardState = {
  readonly answers: Answers;
  readonly view: View;
  /** The imported files the answers started from, or null (no import in this tab). */
  readonly imported: ImportedSetup | null;
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
  /**
   * Replaces every answer (example, restored draft) and shows `view`. Forgets imported files: the
   * new answers no longer come from them.
   */
  readonly replaceAnswers: (answers: Answers, view?: View) => void;
  /** Back to the defaults and the first step. */
  readonly startOver: () => void;
  /** Replaces the answers with imported ones, keeps the files, and opens the projects step. */
  readonly applyImport: (answers: Answers, imported: ImportedSetup) => void;
  /** Forgets the imported files (the answers stay). */
  readonly forgetImport: () => void;
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
  initial: Pick<WizardState, 'answers' | 'view'> = { answers: NEW_ANSWERS, view: FIRST_VIEW },
): StoreApi<WizardStore> =>
  createStore<WizardStore>()((set) => ({
    answers: initial.answers,
    view: normalizeView(initial.answers, initial.view),
    imported: null,
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
          imported: null,
          revision: s.revision + 1,
        };
      });
    },
    startOver: () => {
      clearUnsaved();
      set((s) => ({
        answers: NEW_ANSWERS,
        view: FIRST_VIEW,
        imported: null,
        revision: s.revision + 1,
      }));
    },
    applyImport: (answers, imported) => {
      clearUnsaved();
      set((s) => ({
        answers: withValidSodTeams(answers),
        view: 'projects',
        imported,
        revision: s.revision + 1,
      }));
    },
    forgetImport: () => {
      set({ imported: null });
    },
  }));

/** The app's store instance. */
export const wizardStore = createWizardStore();

/** Reads a slice of the app store in a component. */
export const useWizardStore = <T>(selector: (state: WizardStore) => T): T =>
  useStore(wizardStore, selector);
