/**
 * What the user is told on arrival: unusable parts of a link (an alert naming each), a saved
 * draft replaced by a link (with a way to restore it), or a saved draft that could not be read
 * (set aside, downloadable as JSON).
 */
import { lazy, Suspense, useState, useSyncExternalStore } from 'react';

import type { BootNotice } from '@/store/boot';
import {
  browserStorage,
  dismissSetAside,
  draftSaveStatus,
  listSetAside,
  parseDraft,
} from '@/store/draft-storage';

import { lazyExport } from './lazy-export';
import type { NoticeItem } from './notice-item';

type NoticeItemComponent = typeof NoticeItem;

const noticeItem = lazyExport<NoticeItemComponent>(() =>
  import('./notice-item').then((m) => m.NoticeItem),
);
/**
 * Fetches the notices' module (notice-item.tsx); main.tsx waits for it before rendering a page that
 * opens with notices, so they show with the page's first render.
 */
// eslint-disable-next-line react-refresh/only-export-components -- main.tsx waits on it before rendering
export const loadNoticeItem = noticeItem.load;

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
  const NoticeItem = noticeItem.useLoaded(open.length > 0);
  return (
    <>
      <DraftSaveWarning />
      <SetAsideSlot />
      {open.length > 0 && NoticeItem !== null && (
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
