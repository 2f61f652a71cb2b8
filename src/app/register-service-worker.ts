/**
 * Registers the service worker that keeps the app working offline after the first visit
 * (src/service-worker, built into sw.js at the app's root). A chunk of its own, loaded after the
 * page's `load` event (main.tsx), so it costs the first screen nothing but the call.
 */
export const registerServiceWorker = (): void => {
  const base = import.meta.env.BASE_URL;
  // A refused registration (private mode, a policy) only means no offline copy.
  navigator.serviceWorker.register(`${base}sw.js`, { scope: base }).catch(() => undefined);
};
