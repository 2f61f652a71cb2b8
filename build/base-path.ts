/**
 * The path the built app is served under (issue #14): `BASE_PATH=/isolation-advisor/ npm run build`
 * gives a `dist/` for https://host/isolation-advisor/. Default `/`. Read by vite.config.ts (Vite's
 * `base`: asset URLs, the service worker's scope, the preview server) and vite.cli.config.ts (the
 * CLI's default link base). The scripts that read `BASE_PATH` themselves (scripts/preview.mjs) can
 * use it as given, because anything but a plain absolute path is refused here.
 */

/** `/`, or `/segment/…/`: letters, digits and `._~-` between slashes, starting and ending with one. */
const BASE_PATH_PATTERN = /^\/(?:[A-Za-z0-9._~-]+\/)*$/;

/** `BASE_PATH` checked; `/` when unset or empty. Throws with the rule when it breaks it. */
export const basePath = (value: string | undefined): string => {
  if (value === undefined || value === '') return '/';
  if (!BASE_PATH_PATTERN.test(value) || /\/\.{1,2}\//.test(value)) {
    throw new Error(
      `BASE_PATH must be an absolute path that starts and ends with "/" (e.g. /isolation-advisor/), ` +
        `with only letters, digits and . _ ~ - between the slashes; got ${JSON.stringify(value)}.`,
    );
  }
  return value;
};
