/**
 * Where to start: import existing files (the import view), or an example scenario, clearly marked
 * as such; loading one replaces the answers. The examples (their texts and answers) are a chunk of
 * their own, fetched when the list is opened: closed, they would cost the first screen 0.5 kB gzip.
 */
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import type { Example } from '@/domain/questionnaire/examples';
import { clearUnsaved } from '@/store/unsaved-clear';
import { wizardStore } from '@/store/wizard-store';

export const ExamplesPanel = () => {
  const [examples, setExamples] = useState<readonly Example[] | null>(null);
  const [requested, setRequested] = useState(false);
  const [, setFailure] = useState<unknown>(null);
  const load = (): void => {
    setRequested(true);
    import('@/domain/questionnaire/examples').then(
      (m) => {
        setExamples(m.EXAMPLES);
      },
      (error: unknown) => {
        // Rethrown while rendering, so the error boundary says the page did not load completely.
        setFailure(() => {
          throw error;
        });
      },
    );
  };
  return (
    <>
      <p className="start-import">
        <Button
          aria-describedby="start-import-hint"
          onClick={() => {
            wizardStore.getState().goTo('import');
          }}
        >
          Import your Dagster+ config
        </Button>{' '}
        <span id="start-import-hint" className="hint">
          Already on Dagster+? Start from your dagster_cloud.yaml or dg files: they are checked and
          read in this page.
        </span>
      </p>
      <details
        className="examples"
        onToggle={(event) => {
          if (event.currentTarget.open && !requested) load();
        }}
      >
        <summary>Start from an example scenario</summary>
        {examples === null ? (
          // Rendered once asked for: a closed list announces nothing.
          requested && (
            <p className="hint" role="status">
              Loading the examples…
            </p>
          )
        ) : (
          <>
            <p className="hint">
              These are made-up examples. Loading one replaces your answers; you can change
              everything afterwards.
            </p>
            <ul className="examples-list">
              {examples.map((example) => (
                <li key={example.id}>
                  <Button
                    onClick={() => {
                      clearUnsaved();
                      wizardStore.getState().replaceAnswers(example.answers, 'projects');
                    }}
                  >
                    Example: {example.title}
                  </Button>
                  <span className="hint">{example.summary}</span>
                </li>
              ))}
            </ul>
          </>
        )}
      </details>
    </>
  );
};
