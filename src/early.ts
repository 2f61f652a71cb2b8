/**
 * The page's first script (index.html), kept tiny because the first screen downloads it too. On a
 * link that opens the results (issue #13) it first loads only what paints the recommendation
 * without React (src/app/early/paint-link.ts: the link decoder, the ranking, the painted markup),
 * so that the page's largest paint waits for neither the app's chunk (React, the app shell) nor
 * anything competing with it; the app (src/main.tsx) is requested once that paint is on screen.
 * Anywhere else the app is requested once the prerendered first screen (index.html) is painted,
 * so the page's largest paint never waits for the app's chunk to download and run (on a fast
 * connection it could otherwise run first).
 */
import { splitFragment } from './store/fragment';

const startApp = (): Promise<unknown> => import('./main');

/** Longest wait for the first paint before the app is requested all the same. */
const MAX_PAINT_WAIT_MS = 3000;

/**
 * Runs `then` once the page's first contentful paint is on screen (the browser's paint timing
 * says when the frame was shown; a task after the next frame can still come before it), and after
 * MAX_PAINT_WAIT_MS in any case: a page opened hidden paints once shown, and a browser without
 * paint timing reports nothing. Importing the app twice is harmless (one module).
 */
const afterFirstPaint = (then: () => void): void => {
  setTimeout(then, MAX_PAINT_WAIT_MS);
  new PerformanceObserver((list) => {
    if (list.getEntriesByName('first-contentful-paint').length > 0) then();
  }).observe({ type: 'paint', buffered: true });
};

const { hash } = window.location;
const { share, view } = splitFragment(hash);
if (share !== '' && view === null) {
  void import('./app/early/paint-link')
    .then(({ paintLink }) => paintLink(hash))
    // Painting first is only faster: without it, React shows the results all the same.
    .catch(() => undefined)
    .then(startApp);
} else {
  afterFirstPaint(() => void startApp());
}
