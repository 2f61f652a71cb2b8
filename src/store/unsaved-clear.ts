/**
 * Forgetting every step's unsaved values (unsaved-steps.ts) when the user replaces the answers on
 * purpose: start over, an example, an import, a restored draft. Its own small module: the first
 * screen needs it, and not the rest of unsaved-steps.ts.
 */
export const UNSAVED_KEY = 'isolation-advisor:unsaved:v1';

let generation = 0;

/** Changes whenever unsaved values are forgotten (values kept in memory check it). */
export const unsavedGeneration = (): number => generation;

export const clearUnsaved = (): void => {
  generation += 1;
  try {
    window.sessionStorage.removeItem(UNSAVED_KEY);
  } catch {
    // No session storage (or no window): the memory copy is dropped through `generation`.
  }
};
