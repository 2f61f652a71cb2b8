/**
 * What the user is told on arrival: unusable parts of a link (an alert naming each), a saved
 * draft replaced by a link (with a way to restore it), or a saved draft that could not be read
 * (set aside, downloadable as JSON).
 */
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';

import { Button } from '@/components/ui/button';
import type { BootNotice } from '@/store/boot';
import {
  browserStorage,
  dismissSetAside,
  draftSaveStatus,
  listSetAside,
  parseDraft,
} from '@/store/draft-storage';
import { clearUnsaved } from '@/store/unsaved-clear';
import { wizardStore } from '@/store/wizard-store';

import { downloadText } from '@/lib/save-file';

/** Shows `backticked` parts of a plain-text message as code (no markup is ever interpreted). */
const withCode = (text: string) =>
  text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>));

const NoticeItem = ({ notice, onDismiss }: { notice: BootNotice; onDismiss: () => void }) => {
  switch (notice.kind) {
    case 'link-problems':
      return (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">Parts of this link could not be used</p>
          <ul>
            {notice.problems.map((p, i) => (
              <li key={i}>{withCode(p.reason)}</li>
            ))}
          </ul>
          <p>The rest of the link was used; check the answers below.</p>
          <Button variant="quiet" onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      );
    case 'draft-replaced':
      return (
        <div className="notice" role="status">
          <p className="notice-title">This link replaced your saved draft</p>
          <p>
            You had unsaved answers in this browser ({notice.draft.projects.length}{' '}
            {notice.draft.projects.length === 1 ? 'project' : 'projects'}). They are kept aside.
          </p>
          <Button
            onClick={() => {
              clearUnsaved();
              wizardStore.getState().replaceAnswers(notice.draft, notice.view);
              onDismiss();
            }}
          >
            Restore my draft
          </Button>{' '}
          <Button variant="quiet" onClick={onDismiss}>
            Keep the link’s answers
          </Button>
        </div>
      );
    case 'draft-corrupt':
      return (
        <div className="notice notice-warning" role="alert">
          <p className="notice-title">Your saved draft could not be read</p>
          <p>It was set aside because {notice.reason}. You are starting from the defaults.</p>
          <Button
            onClick={() => {
              downloadText('isolation-advisor-draft.json', notice.raw, 'application/json');
            }}
          >
            Download the old draft (JSON)
          </Button>{' '}
          <Button variant="quiet" onClick={onDismiss}>
            Dismiss
          </Button>
        </div>
      );
  }
};

const SetAsideDrafts = lazy(() =>
  import('./set-aside-drafts').then((m) => ({ default: m.SetAsideDrafts })),
);

/** Said while saving the draft fails (storage full or refused), gone once a save works again. */
const DraftSaveWarning = () => {
  const failed = useSyncExternalStore(
    draftSaveStatus.subscribe,
    draftSaveStatus.failed,
    () => false,
  );
  if (!failed) return null;
  return (
    <div className="notice notice-warning" role="alert" data-testid="draft-not-saved">
      <p className="notice-title">Your answers could not be saved in this browser</p>
      <p>
        Its storage is full or refused. The link in the address bar holds every answer: copy it.
      </p>
    </div>
  );
};

let setAsideCount: number | null = null;
const noChange = (): (() => void) => () => undefined;
/** Whether drafts are set aside, read once per page. */
const hasSetAside = (): boolean => {
  setAsideCount ??= listSetAside(browserStorage()).length;
  return setAsideCount > 0;
};

/**
 * The set-aside drafts. Hydration uses the server answer (none, as the prerendered page has), so
 * the list appears right after it, with no mismatch.
 */
const SetAsideSlot = () => {
  const any = useSyncExternalStore(noChange, hasSetAside, () => false);
  if (!any) return null;
  return (
    <Suspense fallback={null}>
      <SetAsideDrafts
        list={() => listSetAside(browserStorage())}
        dismiss={(key) => {
          dismissSetAside(browserStorage(), key);
        }}
        parse={parseDraft}
      />
    </Suspense>
  );
};

export const Notices = ({ notices }: { readonly notices: readonly BootNotice[] }) => {
  const [open, setOpen] = useState(() => notices.map((_, i) => i));
  return (
    <>
      <DraftSaveWarning />
      <SetAsideSlot />
      {open.length > 0 && (
        <div className="notices">
          {open.map((i) => {
            const notice = notices[i];
            return notice === undefined ? null : (
              <NoticeItem
                key={i}
                notice={notice}
                onDismiss={() => {
                  setOpen((current) => current.filter((j) => j !== i));
                }}
              />
            );
          })}
        </div>
      )}
    </>
  );
};
