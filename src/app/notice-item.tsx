/**
 * A notice shown on arrival (notices.tsx): unusable parts of a link, a saved draft replaced by a
 * link, or a saved draft that could not be read. A module of its own: only a page that opens with a
 * notice needs it, and the first screen never does (issue #13: its bytes go to the results link's
 * early paint).
 */
import { Button } from '@/components/ui/button';
import type { BootNotice } from '@/store/boot';
import { clearUnsaved } from '@/store/unsaved-clear';
import { wizardStore } from '@/store/wizard-store';

import { downloadText } from '@/lib/save-file';

/** Shows `backticked` parts of a plain-text message as code (no markup is ever interpreted). */
const withCode = (text: string) =>
  text
    .split('`')
    .map((part, i) => (i % 2 === 1 ? <code key={i}>{part}</code> : <span key={i}>{part}</span>));

export const NoticeItem = ({
  notice,
  onDismiss,
}: {
  notice: BootNotice;
  onDismiss: () => void;
}) => {
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
