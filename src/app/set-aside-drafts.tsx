/**
 * Drafts set aside in this browser (replaced by a link, or unreadable), one line each with the
 * time it was set aside: download it as JSON, restore it when it still reads, or dismiss it. Each
 * stays until dismissed, whichever tab set it aside. Loaded only when there is one.
 */
import { useState } from 'react';

import { Button } from '@/components/ui/button';
import type { DraftRead, SetAsideDraft } from '@/store/draft-storage';
import { clearUnsaved } from '@/store/unsaved-clear';
import { wizardStore } from '@/store/wizard-store';

import { downloadText } from '@/lib/save-file';

const when = (draft: SetAsideDraft): string =>
  draft.savedAt === null
    ? 'earlier'
    : new Date(draft.savedAt).toLocaleString(undefined, {
        dateStyle: 'medium',
        timeStyle: 'short',
      });

/** The storage calls, passed in: this chunk then shares no module with the first screen's. */
export type SetAsideDraftsProps = {
  readonly list: () => SetAsideDraft[];
  readonly dismiss: (key: string) => void;
  readonly parse: (raw: string) => DraftRead;
};

export const SetAsideDrafts = ({
  list,
  dismiss: forget,
  parse: parseDraft,
}: SetAsideDraftsProps) => {
  const [drafts, setDrafts] = useState(list);
  if (drafts.length === 0) return null;
  const dismiss = (draft: SetAsideDraft): void => {
    forget(draft.key);
    setDrafts(list());
  };
  return (
    <section className="notice" aria-labelledby="set-aside-title" data-testid="set-aside-drafts">
      <p className="notice-title" id="set-aside-title">
        Drafts set aside in this browser
      </p>
      <ul>
        {drafts.map((draft, i) => {
          const read = parseDraft(draft.raw);
          return (
            <li key={draft.key}>
              Set aside {when(draft)}
              {read.kind === 'ok'
                ? ` (${read.answers.projects.length} ${read.answers.projects.length === 1 ? 'project' : 'projects'})`
                : ' (cannot be read)'}
              :{' '}
              <Button
                variant="quiet"
                onClick={() => {
                  downloadText(
                    `isolation-advisor-draft-${i + 1}.json`,
                    draft.raw,
                    'application/json',
                  );
                }}
              >
                Download draft {i + 1} (JSON)
              </Button>{' '}
              {read.kind === 'ok' && (
                <Button
                  variant="quiet"
                  onClick={() => {
                    clearUnsaved();
                    wizardStore.getState().replaceAnswers(read.answers, read.view);
                    dismiss(draft);
                  }}
                >
                  Restore draft {i + 1}
                </Button>
              )}{' '}
              <Button
                variant="quiet"
                onClick={() => {
                  dismiss(draft);
                }}
              >
                Dismiss draft {i + 1}
              </Button>
            </li>
          );
        })}
      </ul>
    </section>
  );
};
