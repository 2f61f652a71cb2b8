/**
 * The page's first script (index.html), kept tiny because the first screen downloads it too. On a
 * link that opens the results (issue #13) it first loads only what paints the recommendation
 * without React (src/app/early/paint-link.ts: the link decoder, the ranking, the painted markup),
 * so that the page's largest paint waits for neither the app's chunk (React, the app shell) nor
 * anything competing with it; the app (src/main.tsx) is requested once that paint is on screen.
 * Anywhere else the app is requested at once.
 */
import { splitFragment } from './store/fragment';

const startApp = (): Promise<unknown> => import('./main');

const { hash } = window.location;
const { share, view } = splitFragment(hash);
if (share !== '' && view === null) {
  void import('./app/early/paint-link')
    .then(({ paintLink }) => paintLink(hash))
    // Painting first is only faster: without it, React shows the results all the same.
    .catch(() => undefined)
    .then(startApp);
} else {
  void startApp();
}
