// @vitest-environment jsdom
/**
 * On the results page the generated files are computed a step at a time, one a task (issue #13:
 * they were one task of ~100 ms on a slow phone); their stage keeps its placeholder meanwhile.
 */
import { act, render, screen } from '@testing-library/react';
import { Suspense, use } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';

import { PERSONAS, type PersonaId } from '@/domain/__fixtures__/personas';
import { answersWith } from '@/domain/__fixtures__/scale-answers';
import { planFiles } from '@/domain/plan/plan-files';
import { runAtOnce, type RunSteps, type Steps } from '@/domain/plan/steps';
import type { Answers } from '@/domain/questionnaire/schemas';
import { FilesSection, planFilesWith } from '@/features/results/files-section';
import { installJsdomStubs } from '@/testing/jsdom-stubs';
import { preloadResults } from '@/testing/results';

import { ResultsView } from './results-view';
import { FilesSchedule, inTasks, StageSchedule } from './use-stages';

installJsdomStubs();
beforeAll(preloadResults);

const SHARE_URL = 'https://example.test/#x';

describe('inTasks', () => {
  it.each([1, 3, 8])('runs %i steps one a task, then resolves with their result', async (count) => {
    // Each step notes how many tasks ended before it: a task's microtasks run when it ends.
    let ended = 0;
    const seen: number[] = [];
    function* steps(): Steps<string> {
      for (let i = 0; i < count; i++) {
        seen.push(ended);
        queueMicrotask(() => {
          ended += 1;
        });
        yield;
      }
      return 'done';
    }
    const result = inTasks(steps());
    expect(seen).toEqual([]); // nothing in the caller's task
    await expect(result).resolves.toBe('done');
    expect(seen).toEqual(Array.from({ length: count }, (_, i) => i));
  });

  it('rejects with the error a step throws', async () => {
    // eslint-disable-next-line require-yield -- fails before its first pause
    function* failing(): Steps<never> {
      throw new Error('no files');
    }
    await expect(inTasks(failing())).rejects.toThrow('no files');
  });
});

/** A RunSteps (a spy) that holds the steps it is given until `finish()` runs them at once. */
const heldSteps = (): { runSteps: RunSteps; finish: () => void } => {
  let release: () => void = () => undefined;
  const runSteps = vi.fn(
    <T,>(steps: Steps<T>) =>
      new Promise<T>((resolve) => {
        release = () => {
          resolve(runAtOnce(steps));
        };
      }),
  ) as unknown as RunSteps;
  return {
    runSteps,
    finish: () => {
      release();
    },
  };
};

describe('FilesSection with runSteps', () => {
  it.each<PersonaId>(['twoClouds', 'regulatedTeam'])(
    '%s: waits for the steps, asks for them once, then shows the files planFiles writes',
    async (id) => {
      const answers = { ...PERSONAS[id] }; // a new object: plans are kept per answers object
      const { runSteps, finish } = heldSteps();
      const ui = (
        <Suspense fallback={<p>Generating the files…</p>}>
          <FilesSection
            answers={answers}
            shareUrl={SHARE_URL}
            headingId="files"
            runSteps={runSteps}
          />
        </Suspense>
      );
      const { rerender } = render(ui);
      rerender(ui);
      expect(screen.getByText('Generating the files…')).toBeInTheDocument();
      expect(screen.queryByRole('heading', { name: 'Starter configuration' })).toBeNull();
      await act(async () => {
        finish();
        await Promise.resolve();
      });
      expect(runSteps).toHaveBeenCalledTimes(1);
      expect(screen.getByRole('heading', { name: 'Starter configuration' })).toBeInTheDocument();
      const tabs = screen.getAllByRole('tab').map((tab) => tab.textContent);
      expect(tabs).toHaveLength(planFiles(answers, { shareUrl: SHARE_URL }).files.length);
    },
  );
});

describe('FilesSection mounted once its plan is computed', () => {
  it.each<PersonaId>(['twoClouds', 'threeTeamsNinePipelines'])(
    '%s: shows the files in its first render, without suspending',
    async (id) => {
      const answers = { ...PERSONAS[id] }; // a new object: plans are kept per answers object
      await planFilesWith(answers, SHARE_URL, inTasks);
      render(
        <Suspense fallback={<p>Generating the files…</p>}>
          <FilesSection
            answers={answers}
            shareUrl={SHARE_URL}
            headingId="files"
            runSteps={inTasks}
          />
        </Suspense>,
      );
      expect(screen.queryByText('Generating the files…')).toBeNull();
      expect(screen.getByRole('heading', { name: 'Starter configuration' })).toBeInTheDocument();
    },
  );
});

describe('the results page', () => {
  it('computes the files in tasks unless told otherwise', () => {
    let used: RunSteps | undefined;
    function Probe(): null {
      used = use(FilesSchedule);
      return null;
    }
    render(<Probe />);
    expect(used).toBe(inTasks);
  });

  it.each([
    ['twoClouds', { ...PERSONAS.twoClouds }],
    ['40 projects', answersWith(40)],
  ])(
    '%s: the files stage mounts once the steps are done, the page busy until then',
    async (_, answers) => {
      let finish: () => void = () => undefined;
      const runSteps = (<T,>(steps: Steps<T>) =>
        new Promise<T>((resolve) => {
          finish = () => {
            resolve(runAtOnce(steps));
          };
        })) as RunSteps;
      await act(async () => {
        render(
          <StageSchedule
            value={(mount) => {
              mount();
            }}
          >
            <FilesSchedule value={runSteps}>
              <ResultsView answers={answers} shareUrl={SHARE_URL} onEdit={vi.fn()} />
            </FilesSchedule>
          </StageSchedule>,
        );
        await Promise.resolve();
      });
      const busy = () => document.querySelector('.results-details')?.getAttribute('aria-busy');
      const headings = () =>
        screen.getAllByRole('heading', { level: 2 }).map((heading) => heading.textContent);
      // The diagram is on screen; the files stage waits for its files, and every stage after it.
      expect(headings()).toContain('Topology');
      expect(headings()).not.toContain('Starter configuration');
      expect(headings()).not.toContain('What would change it');
      // Not even its placeholder: mounted before its files, it would suspend, and React holds a
      // suspended section back ~300 ms after its content is ready.
      expect(screen.queryByText('Generating the files…')).toBeNull();
      expect(busy()).toBe('true');
      await act(async () => {
        finish();
        await Promise.resolve();
      });
      expect(headings()).toContain('Starter configuration');
      expect(busy()).toBe('false');
    },
  );
});

describe('FilesSection when the answers change ("Also generate")', () => {
  it('keeps the files and the choices on screen while the new files are computed', async () => {
    const answers: Answers = { ...PERSONAS.regulatedTeam, targets: [] };
    await planFilesWith(answers, SHARE_URL, inTasks);
    // The first plan is made above; the new one is held until `finish`.
    const { runSteps: held, finish } = heldSteps();
    const ui = (a: Answers) => (
      <Suspense fallback={<p>Generating the files…</p>}>
        <FilesSection
          answers={a}
          shareUrl={SHARE_URL}
          headingId="files"
          runSteps={held}
          onChangeAnswers={() => undefined}
        />
      </Suspense>
    );
    const { rerender } = render(ui(answers));
    const terraform = screen.getByRole('checkbox', { name: 'Terraform' });
    expect(terraform).not.toBeChecked();
    const before = screen.getAllByRole('tab').length;

    await act(async () => {
      rerender(ui({ ...answers, targets: ['terraform'] }));
      await Promise.resolve();
    });
    // Not replaced by the placeholder: the same checkbox, checked, and the files still there.
    expect(screen.queryByText('Generating the files…')).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Terraform' })).toBe(terraform);
    expect(terraform).toBeChecked();
    expect(screen.getAllByRole('tab')).toHaveLength(before);
    expect(screen.getByTestId('files-updating')).toHaveTextContent('Updating the files…');

    await act(async () => {
      finish();
      await Promise.resolve();
    });
    expect(screen.getByRole('tab', { name: 'terraform/main.tf.json' })).toBeInTheDocument();
    expect(screen.getByTestId('files-updating')).toHaveTextContent('');
  });
});
