/**
 * "Starter configuration" with what it needs to compute: the emitters (and the YAML writer) and
 * the caveats. A chunk of its own, loaded by the results' details right after the top paints, so
 * the emitters are neither downloaded nor run before the recommendation is on screen.
 */
import { use, useMemo, type JSX } from 'react';

import { fileNoticesOf } from '@/domain/emitters/file-notices';
import { planFiles, planFilesInSteps, type Plan } from '@/domain/plan/plan-files';
import type { RunSteps } from '@/domain/plan/steps';
import type { Answers } from '@/domain/questionnaire/schemas';

import { ConfigFiles } from './config-files';
import { fileCaveats } from './file-caveats';
import { TargetChoices } from './target-choices';

/** The plans being computed a step at a time, per answers object and share link. */
const plans = new WeakMap<Answers, Map<string, Promise<Plan>>>();

/**
 * The plan of `answers`, computed by `runSteps`: the same promise for the same answers object and
 * link (a suspended render asks again when it resumes).
 */
const planned = (answers: Answers, shareUrl: string, runSteps: RunSteps): Promise<Plan> => {
  let byLink = plans.get(answers);
  if (byLink === undefined) {
    byLink = new Map();
    plans.set(answers, byLink);
  }
  let plan = byLink.get(shareUrl);
  if (plan === undefined) {
    plan = runSteps(planFilesInSteps(answers, { shareUrl }));
    byLink.set(shareUrl, plan);
  }
  return plan;
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
 * results page, see app/results/use-stages.ts) and the section suspends meanwhile (its stage's
 * placeholder stays); without it, in the render that mounts the section.
 */
export function FilesSection(props: FilesProps & { runSteps?: RunSteps | undefined }): JSX.Element {
  const { runSteps, ...files } = props;
  return runSteps === undefined ? (
    <FilesNow {...files} />
  ) : (
    <FilesOf {...files} plan={use(planned(props.answers, props.shareUrl, runSteps))} />
  );
}

function FilesNow(props: FilesProps): JSX.Element {
  const { answers, shareUrl } = props;
  const plan = useMemo(() => planFiles(answers, { shareUrl }), [answers, shareUrl]);
  return <FilesOf {...props} plan={plan} />;
}

function FilesOf(props: FilesProps & { plan: Plan }): JSX.Element {
  const { answers, onChangeAnswers } = props;
  const { files, topology } = props.plan;
  // Where projects run and the safety choices the files make (SETUP.md opens with the same notes),
  // then the facts the files rest on.
  const caveats = useMemo(() => {
    const notices = fileNoticesOf(answers, topology);
    return [...notices.placement, ...notices.safety, ...fileCaveats(answers, topology)];
  }, [answers, topology]);
  return (
    <ConfigFiles
      files={files}
      caveats={caveats}
      headingId={props.headingId}
      choices={
        onChangeAnswers === undefined ? null : (
          <TargetChoices
            targets={answers.targets}
            onChange={(targets) => {
              onChangeAnswers({ targets });
            }}
          />
        )
      }
    />
  );
}
