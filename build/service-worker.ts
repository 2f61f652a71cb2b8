/**
 * At build only: writes dist/sw.js, the service worker (src/service-worker), with the list of this
 * build's files to keep for offline use and a version that changes whenever one of them does, so
 * browsers install the new worker after a deploy. The worker is bundled by a nested Vite build into
 * one classic script (no `importScripts`, nothing fetched from elsewhere).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
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

/** Every file under `dir`, as relative path (with `/`) → bytes. */
export const filesUnder = (dir: string): Map<string, Uint8Array> =>
  new Map(
    readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => {
        const path = join(entry.parentPath, entry.name);
        return [relative(dir, path).split(sep).join('/'), readFileSync(path)];
      }),
  );

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
 * Runs once the bundle is on disk (Vite fills in chunks' preload lists after the plugins'
 * `generateBundle`), so the list and its version are taken from the very bytes that are served.
 */
export const serviceWorker = (): Plugin => ({
  name: 'isolation-advisor:service-worker',
  apply: 'build',
  writeBundle: {
    sequential: true,
    order: 'post',
    async handler(options) {
      if (options.dir === undefined) throw new Error('service-worker: no output folder');
      const manifest = precacheManifest(filesUnder(options.dir));
      if (!manifest.files.includes('index.html')) {
        throw new Error('service-worker: index.html is not in the build');
      }
      writeFileSync(join(options.dir, SERVICE_WORKER_FILE), await bundleWorker(manifest));
    },
  },
});
