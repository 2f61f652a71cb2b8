/**
 * At build only: writes dist/sw.js, the service worker (src/service-worker), with the list of this
 * build's files to keep for offline use and a version that changes whenever one of them does, so
 * browsers install the new worker after a deploy. The worker is bundled by a nested Vite build into
 * one classic script (no `importScripts`, nothing fetched from elsewhere).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath, URL } from 'node:url';
import { build, type Plugin } from 'vite';

import { HOST_FILE_NAMES } from './security-headers.ts';

export const SERVICE_WORKER_FILE = 'sw.js';

const ENTRY = fileURLToPath(new URL('../src/service-worker/sw.ts', import.meta.url));

/** Build outputs that are not the app: the Vite manifest and the host files. */
const isAppFile = (fileName: string): boolean =>
  !fileName.startsWith('.vite/') &&
  !HOST_FILE_NAMES.includes(fileName) &&
  fileName !== SERVICE_WORKER_FILE;

/** Every file under `dir` (the public folder), as paths relative to it with `/`. */
const filesUnder = (dir: string): string[] => {
  try {
    return readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'));
  } catch {
    return []; // no public folder
  }
};

/** The precache list and its version: a hash over every listed file's name and bytes. */
export const precacheManifest = (
  files: ReadonlyMap<string, string | Uint8Array>,
): { version: string; files: string[] } => {
  const names = [...files.keys()].filter(isAppFile).sort();
  const hash = createHash('sha256');
  for (const name of names) {
    hash
      .update(name)
      .update('\0')
      .update(files.get(name) ?? '')
      .update('\0');
  }
  return { version: hash.digest('hex').slice(0, 16), files: names };
};

const bundleWorker = async (manifest: { version: string; files: string[] }): Promise<string> => {
  const output = await build({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    define: { __PRECACHE_MANIFEST__: JSON.stringify(manifest) },
    build: {
      write: false,
      target: 'es2022',
      minify: true,
      sourcemap: false,
      lib: { entry: ENTRY, formats: ['iife'], name: 'isolationAdvisorServiceWorker' },
    },
  });
  const outputs = Array.isArray(output) ? output : [output];
  for (const result of outputs) {
    if (!('output' in result)) continue;
    const chunk = result.output.find((o) => o.type === 'chunk' && o.isEntry);
    if (chunk?.type === 'chunk') return chunk.code;
  }
  throw new Error('service-worker: the nested build gave no script');
};

/**
 * Must run after every plugin that changes index.html (enforce: 'post', listed last), so the
 * version covers the final page.
 */
export const serviceWorker = (): Plugin => {
  let publicDir = '';
  return {
    name: 'isolation-advisor:service-worker',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    async generateBundle(_options, bundle) {
      const files = new Map<string, string | Uint8Array>();
      for (const name of filesUnder(publicDir)) {
        files.set(name, readFileSync(join(publicDir, name)));
      }
      for (const item of Object.values(bundle)) {
        files.set(item.fileName, item.type === 'chunk' ? item.code : item.source);
      }
      const manifest = precacheManifest(files);
      if (!manifest.files.includes('index.html')) {
        throw new Error('service-worker: index.html is not in the bundle');
      }
      this.emitFile({
        type: 'asset',
        fileName: SERVICE_WORKER_FILE,
        source: await bundleWorker(manifest),
      });
    },
  };
};
