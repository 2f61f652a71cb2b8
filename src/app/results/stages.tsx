/**
 * Progressive rendering for the results' heavy sections: stage k mounts only once stage k - 1 has
 * committed with its content (not its loading placeholder), each in a render of its own scheduled
 * as a transition, so the growth series, the tipping points and the generated files are computed
 * in separate, interruptible tasks instead of one long one. Later stages are appended below the
 * earlier ones, so nothing already on screen moves.
 */
import { Suspense, useEffect, type JSX, type ReactNode } from 'react';

/** Calls `onShown(index)` once it commits, i.e. once its Suspense boundary shows its content. */
function Shown(props: { index: number; onShown: (index: number) => void }): null {
  const { index, onShown } = props;
  useEffect(() => {
    onShown(index);
  }, [index, onShown]);
  return null;
}

/** A placeholder of fixed height while a section's code loads (nothing below it moves). */
export function SectionPlaceholder(props: { label: string }): JSX.Element {
  return (
    <div className="results-placeholder">
      <p className="results-muted">{props.label}</p>
    </div>
  );
}

/** One stage: its sections, behind a fixed-height placeholder until their code has loaded. */
export function Stage(props: {
  index: number;
  count: number;
  onShown: (index: number) => void;
  /** What the placeholder says while the stage's code loads. */
  loading: string;
  children: ReactNode;
}): JSX.Element | null {
  if (props.index >= props.count) return null;
  return (
    <Suspense fallback={<SectionPlaceholder label={props.loading} />}>
      {props.children}
      <Shown index={props.index} onShown={props.onShown} />
    </Suspense>
  );
}
