/**
 * "Starter configuration" with what it needs to compute: the emitters (and the YAML writer) and
 * the caveats. A chunk of its own, loaded by the results' details right after the top paints, so
 * the emitters are neither downloaded nor run before the recommendation is on screen.
 */
import { use, useDeferredValue, useMemo, type JSX } from 'react';

import { fileNoticesOf } from '@/domain/emitters/file-notices';
import { planFiles, planFilesInSteps, type Plan } from '@/domain/plan/plan-files';
import type { RunSteps } from '@/domain/plan/steps';
import type { Answers } from '@/domain/questionnaire/schemas';

import { ConfigFiles } from './config-files';
import { fileCaveats } from './file-caveats';
import { TargetChoices } from './target-choices';

/** The plans computed a step at a time, per answers object and share link. */
const plans = new WeakMap<Answers, Map<string, Promise<Plan>>>();

/**
 * Computes the plan of `answers` with `runSteps`, once per answers object and link, and
 * resolves with it: a FilesSection given the same `runSteps` mounted after that shows the files
 * in its first render, without suspending (React holds a suspended section's content back for
 * some 300 ms once it is ready, so that placeholders do not flash).
 */
// eslint-disable-next-line react-refresh/only-export-components -- the files section's data
export const planFilesWith = (
  answers: Answers,
  shareUrl: string,
  runSteps: RunSteps,
): Promise<Plan> => {
  let byLink = plans.get(answers);
  if (byLink === undefined) {
    byLink = new Map();
    plans.set(answers, byLink);
  }
  let planned = byLink.get(shareUrl);
  if (planned === undefined) {
    const promise: Promise<Plan> = runSteps(planFilesInSteps(answers, { shareUrl })).then(
      (plan) => {
        // Marked as React marks the promises it has seen settle, so that `use` reads the plan
        // without suspending in a render that comes after (the section mounts once it is done).
        void Object.assign(promise, { status: 'fulfilled', value: plan });
        return plan;
      },
    );
    planned = promise;
    byLink.set(shareUrl, planned);
  }
  return planned;
};

type FilesProps = {
  answers: Answers;
  shareUrl: string;
  headingId: string;
  /** Changes answers ("Also generate"); without it those choices are not shown. */
  onChangeAnswers?: ((patch: Partial<Answers>) => void) | undefined;
};

/**
 * The files of `answers`. With `runSteps` they are computed a step at a time (one a task on the
 * results page, see app/results/use-stages.ts; the page mounts the section once they are, see
 * `planFilesWith`), the section suspending until then; without it, in the render that mounts
 * the section.
 */
export function FilesSection(props: FilesProps & { runSteps?: RunSteps | undefined }): JSX.Element {
  const { runSteps, ...files } = props;
  if (runSteps === undefined) return <FilesNow {...files} />;
  return <FilesInSteps {...files} runSteps={runSteps} />;
}

/**
 * The files computed a step at a time. When the answers change ("Also generate"), the files on
 * screen and the choices stay while the new files are computed: that render is deferred, so it
 * is the deferred render that waits for them, never the section (which would be replaced by its
 * placeholder, the checkbox just used and its focus with it). The choices show the new answers at
 * once, and a status line says the files are being updated.
 */
function FilesInSteps(props: FilesProps & { runSteps: RunSteps }): JSX.Element {
  const { runSteps, ...files } = props;
  const answers = useDeferredValue(props.answers);
  const shareUrl = useDeferredValue(props.shareUrl);
  const plan = use(planFilesWith(answers, shareUrl, runSteps));
  const updating = answers !== props.answers || shareUrl !== props.shareUrl;
  return <FilesOf {...files} plan={plan} planAnswers={answers} updating={updating} />;
}

function FilesNow(props: FilesProps): JSX.Element {
  const { answers, shareUrl } = props;
  const plan = useMemo(() => planFiles(answers, { shareUrl }), [answers, shareUrl]);
  return <FilesOf {...props} plan={plan} />;
}

function FilesOf(
  props: FilesProps & {
    plan: Plan;
    /** The answers the plan was made for, when the choices already show newer ones. */
    planAnswers?: Answers;
    /** Newer files are being computed: said in a status line. */
    updating?: boolean;
  },
): JSX.Element {
  const { answers, onChangeAnswers, updating = false } = props;
  const planAnswers = props.planAnswers ?? answers;
  const { files, topology } = props.plan;
  // Where projects run and the safety choices the files make (SETUP.md opens with the same notes),
  // then the facts the files rest on.
  const caveats = useMemo(() => {
    const notices = fileNoticesOf(planAnswers, topology);
    return [...notices.placement, ...notices.safety, ...fileCaveats(planAnswers, topology)];
  }, [planAnswers, topology]);
  return (
    <ConfigFiles
      files={files}
      caveats={caveats}
      headingId={props.headingId}
      choices={
        onChangeAnswers === undefined ? null : (
          <>
            <TargetChoices
              targets={answers.targets}
              onChange={(targets) => {
                onChangeAnswers({ targets });
              }}
            />
            <p className="hint" role="status" data-testid="files-updating">
              {updating ? 'Updating the files…' : ''}
            </p>
          </>
        )
      }
    />
  );
}
