/**
 * The URL fragment as the app writes it: the share state from the codec plus one UI-only key,
 * `view=<stepId>`, naming the wizard step on screen. A fragment without `view` shows the results
 * when it holds at least one project (that is what "Copy share link" produces).
 */
import { isStepId, type StepId } from '@/domain/questionnaire/step-ids';

/** What the main area shows: one wizard step, the results, or the import of existing files. */
export type View = StepId | 'results' | 'import';

/** The view where existing dagster_cloud.yaml, agent configs and CODEOWNERS are imported. */
export const IMPORT_VIEW = 'import';

export const VIEW_KEY = 'view';

/** The first step, where a new visitor starts. */
export const FIRST_VIEW: View = 'platform';

export type SplitFragment = {
  /** The fragment without `#` and without `view`, ready for `decodeShareState`. */
  readonly share: string;
  /** The step (or the import view) named by `view`, or `null` when missing or unknown. */
  readonly view: StepId | typeof IMPORT_VIEW | null;
};

const withoutHash = (hash: string): string => (hash.startsWith('#') ? hash.slice(1) : hash);

/** Separates the UI-only `view` key from the share state. Never throws. */
export const splitFragment = (hash: string): SplitFragment => {
  const parts = withoutHash(hash)
    .split('&')
    .filter((p) => p !== '');
  let view: StepId | typeof IMPORT_VIEW | null = null;
  const share: string[] = [];
  for (const part of parts) {
    if (part.startsWith(`${VIEW_KEY}=`)) {
      const value = part.slice(VIEW_KEY.length + 1);
      if (view === null && (isStepId(value) || value === IMPORT_VIEW)) view = value;
    } else {
      share.push(part);
    }
  }
  return { share: share.join('&'), view };
};

/** The fragment (without `#`) for an encoded share state shown at `view`. */
export const joinFragment = (share: string, view: View): string => {
  if (view === 'results') return share;
  const viewPart = `${VIEW_KEY}=${view}`;
  return share === '' ? viewPart : `${share}&${viewPart}`;
};
