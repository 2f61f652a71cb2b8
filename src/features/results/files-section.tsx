/**
 * "Starter configuration" with what it needs to compute: the emitters (and the YAML writer) and
 * the caveats. A chunk of its own, loaded by the results' details right after the top paints, so
 * the emitters are neither downloaded nor run before the recommendation is on screen.
 */
import { useMemo, type JSX } from 'react';

import { fileNoticesOf } from '@/domain/emitters/file-notices';
import { planFiles } from '@/domain/plan/plan-files';
import type { Answers } from '@/domain/questionnaire/schemas';

import { ConfigFiles } from './config-files';
import { fileCaveats } from './file-caveats';
import { TargetChoices } from './target-choices';

export function FilesSection(props: {
  answers: Answers;
  shareUrl: string;
  headingId: string;
  /** Changes answers ("Also generate"); without it those choices are not shown. */
  onChangeAnswers?: ((patch: Partial<Answers>) => void) | undefined;
}): JSX.Element {
  const { answers, shareUrl, onChangeAnswers } = props;
  const { files, topology } = useMemo(() => planFiles(answers, { shareUrl }), [answers, shareUrl]);
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
