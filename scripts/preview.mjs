// Shared by the scripts that drive a real browser against the built app (Lighthouse, the bench):
// where Chromium is, and `vite preview` on a port of their own, up before they start.
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** CHROMIUM_PATH, else Debian's Chromium; undefined lets the caller's tool find its own. */
export function debianChromium() {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const p of ['/usr/lib/chromium/chromium', '/usr/bin/chromium']) if (existsSync(p)) return p;
  return undefined;
}

/**
 * Flags for every Chromium these scripts start: no GPU (headless CI machines), and none of
 * Chromium's own background traffic (component updates, sync, QUIC probes), so what the scripts
 * see on the network is the app's alone. playwright.config.ts passes the same list to the e2e
 * (its type: preview.d.mts).
 */
export const CHROMIUM_FLAGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Playwright launch options for these scripts: the Chromium found above, with CHROMIUM_FLAGS. */
export function chromiumLaunchOptions() {
  const executablePath = debianChromium(); // else Playwright's own Chromium
  return { ...(executablePath ? { executablePath } : {}), args: CHROMIUM_FLAGS };
}

async function waitForServer(url, ms = 30_000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`preview server did not start at ${url}`);
}

/**
 * The app's address on 127.0.0.1:`port`: under BASE_PATH when the build used one (vite.config.ts
 * refuses any BASE_PATH that is not `/…/`, so it can be used as given).
 */
export const appUrl = (port) => `http://127.0.0.1:${port}${process.env.BASE_PATH || '/'}`;

/** Serves dist/ on 127.0.0.1:`port`; resolves once it answers. `stop()` ends it. */
export async function startPreview(port) {
  const server = spawn('npx', ['vite', 'preview', '--port', String(port), '--strictPort'], {
    stdio: 'ignore',
    detached: true,
  });
  const stop = () => {
    try {
      process.kill(-server.pid);
    } catch {
      // already gone
    }
  };
  const url = appUrl(port);
  try {
    await waitForServer(url);
  } catch (error) {
    stop();
    throw error;
  }
  return { url, stop };
}

/**
 * For the scripts that drive Chromium against the built app (bench, screenshot): builds the app,
 * serves it on `port`, starts Chromium and runs `run(browser, url)`, then closes both and exits, with
 * 1 when the build, the server or `run` failed.
 */
export async function inBuiltApp(port, run) {
  const build = spawnSync('npx', ['vite', 'build', '--logLevel=warn'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  let failed = false;
  const server = await startPreview(port);
  try {
    const browser = await chromium.launch(chromiumLaunchOptions());
    try {
      await run(browser, server.url);
    } finally {
      await browser.close();
    }
  } catch (error) {
    console.error(error);
    failed = true;
  } finally {
    server.stop();
  }
  process.exit(failed ? 1 : 0);
}
