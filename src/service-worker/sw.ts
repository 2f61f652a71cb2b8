/**
 * The service worker's entry: wires offline-cache.ts to the worker's events. Built by
 * build/service-worker.ts into dist/sw.js (a classic script at the app's root, so its scope is the
 * whole app), with this build's file list in place of `__PRECACHE_MANIFEST__`. Registered by
 * src/app/register-service-worker.ts after the page has loaded.
 */
import {
  handles,
  precache,
  removeOldCaches,
  respond,
  type OfflineEnv,
  type PrecacheManifest,
} from './offline-cache';

declare const __PRECACHE_MANIFEST__: PrecacheManifest;

/** The parts of the worker's global scope used here (the WebWorker lib clashes with the DOM lib). */
type ExtendableEvent = Event & { waitUntil: (promise: Promise<unknown>) => void };
type FetchEvent = ExtendableEvent & {
  readonly request: Request;
  respondWith: (response: Promise<Response>) => void;
};
type WorkerScope = {
  readonly registration: { readonly scope: string };
  readonly clients: { claim: () => Promise<void> };
  skipWaiting: () => Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
};
declare const self: WorkerScope;

const manifest = __PRECACHE_MANIFEST__;
const env: OfflineEnv = {
  caches,
  fetch: (request) => fetch(request),
  scope: self.registration.scope,
  delay: (ms) =>
    new Promise((resolve) => {
      setTimeout(resolve, ms);
    }),
};

self.addEventListener('install', (event) => {
  // A new build takes over at once: tabs of the previous one keep its cache (see activate).
  event.waitUntil(precache(env, manifest).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(removeOldCaches(env, manifest).then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  if (handles(env, event.request)) event.respondWith(respond(env, manifest, event.request));
});
