/**
 * "Start over": asks first, then clears every answer and shows step 1, and offers to undo (the
 * answers and the step before are kept here until the user answers again). Rendered by
 * wizard-route.tsx, above the step, so it lives on while steps change.
 */
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

import { Button } from '@/components/ui/button';
import { NEW_ANSWERS, type Answers } from '@/domain/questionnaire/schemas';
import type { View } from '@/store/fragment';
import { useWizardStore, wizardStore } from '@/store/wizard-store';

import './start-over.css';

type Stage =
  | { readonly kind: 'idle' }
  | { readonly kind: 'asking' }
  | { readonly kind: 'cleared'; readonly answers: Answers; readonly view: View };

/** What a new session starts from (the proposed Dagster release filled in). */
const DEFAULT_TEXT = JSON.stringify(NEW_ANSWERS);

export const StartOver = () => {
  const answers = useWizardStore((s) => s.answers);
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const focusNext = useRef<'keep' | 'start' | 'undo' | null>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const start = useRef<HTMLButtonElement>(null);
  const undo = useRef<HTMLButtonElement>(null);
  const questionId = useId();
  const pristine = JSON.stringify(answers) === DEFAULT_TEXT;

  // Answering again ends the offer to undo.
  if (stage.kind === 'cleared' && !pristine) setStage({ kind: 'idle' });

  useEffect(() => {
    if (focusNext.current === null) return;
    const target = { keep, start, undo }[focusNext.current];
    focusNext.current = null;
    // After the commit that shows it (and after a new step's heading took the focus).
    requestAnimationFrame(() => {
      target.current?.focus();
    });
  }, [stage]);

  const go = (next: Stage, focus: 'keep' | 'start' | 'undo'): void => {
    focusNext.current = focus;
    setStage(next);
  };

  if (stage.kind === 'asking') {
    const escape = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') go({ kind: 'idle' }, 'start');
    };
    return (
      <div className="start-over start-over--asking" role="group" aria-labelledby={questionId}>
        <p id={questionId}>Clear every answer and go back to step 1?</p>
        <Button
          variant="primary"
          onKeyDown={escape}
          onClick={() => {
            const { view } = wizardStore.getState();
            go({ kind: 'cleared', answers, view }, 'undo');
            wizardStore.getState().startOver();
          }}
        >
          Clear answers
        </Button>
        <Button
          ref={keep}
          onKeyDown={escape}
          onClick={() => {
            go({ kind: 'idle' }, 'start');
          }}
        >
          Keep my answers
        </Button>
      </div>
    );
  }
  if (stage.kind === 'cleared' && pristine) {
    return (
      <div className="start-over">
        <p role="status">Answers cleared.</p>
        <Button
          ref={undo}
          onClick={() => {
            wizardStore.getState().replaceAnswers(stage.answers, stage.view);
            go({ kind: 'idle' }, 'start');
          }}
        >
          Undo
        </Button>
      </div>
    );
  }
  if (pristine) return null;
  return (
    <div className="start-over">
      <Button
        ref={start}
        variant="quiet"
        onClick={() => {
          go({ kind: 'asking' }, 'keep');
        }}
      >
        Start over
      </Button>
    </div>
  );
};
