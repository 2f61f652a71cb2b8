/**
 * Where to start: import existing files (the import view), or an example scenario, clearly marked
 * as such; loading one replaces the answers.
 */
import { Button } from '@/components/ui/button';
import { EXAMPLES } from '@/domain/questionnaire/examples';
import { clearUnsaved } from '@/store/unsaved-clear';
import { wizardStore } from '@/store/wizard-store';

export const ExamplesPanel = () => (
  <>
    <p className="start-import">
      <Button
        onClick={() => {
          wizardStore.getState().goTo('import');
        }}
      >
        Import an existing dagster_cloud.yaml
      </Button>{' '}
      <span className="hint">
        Already on Dagster+? Start from your files: they are checked and read in this page.
      </span>
    </p>
    <details className="examples">
      <summary>Start from an example scenario</summary>
      <p className="hint">
        These are made-up examples. Loading one replaces your answers; you can change everything
        afterwards.
      </p>
      <ul className="examples-list">
        {EXAMPLES.map((example) => (
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
    </details>
  </>
);
