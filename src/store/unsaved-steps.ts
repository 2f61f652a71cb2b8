/**
 * What a user typed on a step that does not pass the step's checks yet. It is never committed to
 * the answers (so never in the link or the draft), but it must not be lost either: it is kept per
 * step for this tab (session storage, so a reload keeps it), and the step opens with it, and its
 * messages, when the user comes back. It is tied to the step's answers it was typed over: once
 * those change some other way (a link, an example, an import, start over), it no longer applies,
 * and replacing the answers on purpose forgets it (unsaved-clear.ts).
 * Storage may be missing or throw: then it lives in memory for this page only. What is read back
 * must fit the step's form (domain/questionnaire/form-shapes.ts), and the error boundary's "Try
 * again" forgets the values of the step that crashed (crash-recovery.ts), so a poisoned entry
 * can never crash a step twice.
 */
import { formValuesFor } from '@/domain/questionnaire/form-shapes';

import type { DraftStorage } from './draft-storage';
import { onCrashRecovery } from './crash-recovery';
import { UNSAVED_KEY, unsavedGeneration } from './unsaved-clear';

export { UNSAVED_KEY } from './unsaved-clear';

const MAX_LENGTH = 512 * 1024;

type Entry = { readonly over: string; readonly values: Record<string, unknown> };
type Entries = Record<string, Entry>;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const sessionStore = (): DraftStorage | null => {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
};

/**
 * The page's copy, the one every read and write uses: storage is read once per page (to bring
 * back what a reload left) and written on every change. Dropped when `clearUnsaved` has run since.
 */
let memory: { generation: number; entries: Entries } | null = null;

const fromStorage = (storage: DraftStorage | null): Entries => {
  try {
    const raw = storage?.getItem(UNSAVED_KEY) ?? null;
    if (raw === null || raw.length > MAX_LENGTH) return {};
    const data: unknown = JSON.parse(raw);
    if (!isRecord(data)) return {};
    // Read back like any outside input: an entry whose values do not fit its step's form is dropped.
    const entries: Entries = {};
    for (const [step, entry] of Object.entries(data)) {
      if (!isRecord(entry) || typeof entry.over !== 'string') continue;
      const values = formValuesFor(step, entry.values);
      if (values !== null) entries[step] = { over: entry.over, values };
    }
    return entries;
  } catch {
    return {};
  }
};

const read = (): Entries => {
  const generation = unsavedGeneration();
  if (memory?.generation !== generation) {
    // First read of the page, or forgotten since (storage was cleared then too).
    memory = { generation, entries: memory === null ? fromStorage(sessionStore()) : {} };
  }
  return memory.entries;
};

const write = (entries: Entries): void => {
  memory = { generation: unsavedGeneration(), entries };
  try {
    const storage = sessionStore();
    if (Object.keys(entries).length === 0) storage?.removeItem(UNSAVED_KEY);
    else storage?.setItem(UNSAVED_KEY, JSON.stringify(entries));
  } catch {
    // Full or refused: the values stay in memory for this page.
  }
};

/** The values typed on `step` over `over` (the step's answers then), if any and fit for its form. */
export const readUnsaved = (step: string, over: string): Record<string, unknown> | null => {
  const entry = read()[step];
  return entry?.over === over ? formValuesFor(step, entry.values) : null;
};

/** Keeps values that do not pass the step's checks, typed over `over`. */
export const keepUnsaved = (step: string, over: string, values: Record<string, unknown>): void => {
  write({ ...read(), [step]: { over, values } });
};

/** Forgets a step's unsaved values (they passed, and are in the answers now). */
export const forgetUnsaved = (step: string): void => {
  const entries = read();
  if (!(step in entries)) return;
  const { [step]: _forgotten, ...rest } = entries;
  write(rest);
};

onCrashRecovery((view) => {
  forgetUnsaved(view);
});
