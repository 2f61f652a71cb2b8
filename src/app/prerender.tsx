/**
 * The first screen as static HTML: the page with the default answers on step 1, rendered at build
 * time by the `prerender` plugin in vite.config.ts, so it paints before any JavaScript runs.
 * main.tsx hydrates it when the page opens on that same screen. Never imported by the browser
 * bundle (react-dom/server stays out of it).
 */
import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';

import { App } from './app';

/** The markup of `#root` for a first visit: header, step 1, footer. */
export const renderFirstScreen = (): string =>
  renderToString(
    <StrictMode>
      <App notices={[]} />
    </StrictMode>,
  );
