/**
 * "Every section of the results is on screen", for work that should not compete with drawing
 * them: main.tsx registers the offline service worker (whose precache downloads the whole build)
 * only then on a page that opens on the results (issue #13).
 */
let drawn = false;
const waiting: (() => void)[] = [];

/** Called by the results view once its details are all shown; later calls do nothing. */
export const markResultsDrawn = (): void => {
  if (drawn) return;
  drawn = true;
  for (const run of waiting.splice(0)) run();
};

/** Runs `run` once the results are drawn: at once if they already are. */
export const onResultsDrawn = (run: () => void): void => {
  if (drawn) run();
  else waiting.push(run);
};
