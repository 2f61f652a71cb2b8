/**
 * What the service worker does (issue #14: the app works offline after the first visit), apart
 * from the worker's global scope so Vitest can run it with a fake Cache Storage:
 *
 * - **install**: every file of this build (the list the build injects, `PrecacheManifest`) goes
 *   into a cache named after the build, fetched from the worker's own folder and nowhere else;
 * - **activate**: caches of builds before the previous one are deleted. The previous one stays,
 *   so a tab still running it can load its lazy chunks after a deploy removed them from the server;
 * - **fetch**: only GET requests for this origin under the worker's scope are answered. A page
 *   load goes to the network first (a new build shows at once) and falls back to the cached page
 *   when the network fails or is slow; files come from the caches, else from the network, and
 *   nothing fetched at run time is stored. Other requests are left to the browser (the app makes
 *   none: its CSP allows only its own origin).
 */

/** The build's files, as paths relative to the worker's folder, and a version naming them. */
export type PrecacheManifest = {
  readonly version: string;
  readonly files: readonly string[];
};

/** What the worker needs from its global scope. */
export type OfflineEnv = {
  readonly caches: CacheStorage;
  readonly fetch: (request: Request) => Promise<Response>;
  /** The registration's scope, an absolute URL ending in `/` (where sw.js and index.html are). */
  readonly scope: string;
  /** Resolves after `ms` (tests pass a controllable timer). */
  readonly delay: (ms: number) => Promise<void>;
};

const CACHE_PREFIX = 'isolation-advisor-';

/** How long a page load waits for the network before the cached page is shown. */
export const NAVIGATION_TIMEOUT_MS = 4000;

export const cacheNameOf = (manifest: PrecacheManifest): string =>
  `${CACHE_PREFIX}${manifest.version}`;

/** Fetches every file of the build into its cache; fails (so the install fails) on any miss. */
export const precache = async (env: OfflineEnv, manifest: PrecacheManifest): Promise<void> => {
  const cache = await env.caches.open(cacheNameOf(manifest));
  await Promise.all(
    manifest.files.map(async (file) => {
      // `no-cache`: revalidate with the server, so a stale HTTP-cached index.html is never kept.
      const request = new Request(new URL(file, env.scope).href, { cache: 'no-cache' });
      const response = await env.fetch(request);
      if (!response.ok) throw new Error(`precache: ${request.url} answered ${response.status}`);
      // A host that redirects (say index.html to its folder) gives a redirected response, which a
      // browser refuses to show for a page load: keep its content only.
      const stored = response.redirected
        ? new Response(await response.blob(), {
            status: response.status,
            statusText: response.statusText,
            headers: response.headers,
          })
        : response;
      await cache.put(request, stored);
    }),
  );
};

/** Deletes this app's caches except the current build's and the one created just before it. */
export const removeOldCaches = async (
  env: OfflineEnv,
  manifest: PrecacheManifest,
): Promise<void> => {
  const current = cacheNameOf(manifest);
  // Cache Storage lists caches in the order they were created.
  const ours = (await env.caches.keys()).filter((k) => k.startsWith(CACHE_PREFIX));
  const others = ours.filter((k) => k !== current);
  const keep = new Set([current, ...others.slice(-1)]);
  await Promise.all(ours.filter((k) => !keep.has(k)).map((k) => env.caches.delete(k)));
};

/** Whether the worker answers `request`: a GET for its own origin, under its scope. */
export const handles = (env: OfflineEnv, request: Request): boolean =>
  request.method === 'GET' && request.url.startsWith(env.scope);

const fromCaches = async (
  env: OfflineEnv,
  manifest: PrecacheManifest,
  request: Request | string,
  options?: CacheQueryOptions,
): Promise<Response | undefined> => {
  const current = await env.caches.open(cacheNameOf(manifest));
  return (await current.match(request, options)) ?? (await env.caches.match(request, options));
};

/** The cached copy of a page: the file itself, or index.html for the scope's root. */
const cachedPage = async (
  env: OfflineEnv,
  manifest: PrecacheManifest,
  request: Request,
): Promise<Response> => {
  const exact = await fromCaches(env, manifest, request, { ignoreSearch: true });
  if (exact !== undefined) return exact;
  const path = new URL(request.url).pathname;
  if (path === new URL(env.scope).pathname) {
    const index = await fromCaches(env, manifest, new URL('index.html', env.scope).href);
    if (index !== undefined) return index;
  }
  return Response.error();
};

/** A page load: the network, else (failed, or slower than the timeout) the cached page. */
const navigate = async (
  env: OfflineEnv,
  manifest: PrecacheManifest,
  request: Request,
): Promise<Response> => {
  const network = env.fetch(request);
  const timedOut = env.delay(NAVIGATION_TIMEOUT_MS).then(() => null);
  const first = await Promise.race([network.catch(() => null), timedOut]);
  if (first !== null) return first;
  const cached = await cachedPage(env, manifest, request);
  // Nothing cached for this page: wait for the network after all.
  return cached.type === 'error' ? network : cached;
};

/** The response for a request `handles` accepted. */
export const respond = async (
  env: OfflineEnv,
  manifest: PrecacheManifest,
  request: Request,
): Promise<Response> => {
  if (request.mode === 'navigate') return navigate(env, manifest, request);
  return (await fromCaches(env, manifest, request)) ?? env.fetch(request);
};
