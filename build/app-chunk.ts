/**
 * The app's chunk (issue #13). The page's first script (src/early.ts) loads the app (src/main.tsx)
 * with a dynamic import, after the early paint on a results link. The bundler then no longer sees
 * the app as an entry and splits what the app shares with its lazy chunks (the wizard, the
 * results) into many small chunks, each one more request before the first screen is live. This
 * group puts every module the app imports statically into one chunk, except what the early paint
 * (src/app/early/paint-link.ts) imports too: that stays in chunks of its own (the link decoder's
 * schemas, React's core), so that the paint never loads the app's chunk.
 */
import type { Plugin } from 'vite';

/** The app and the early paint, as the ends of the module ids the bundler gives them. */
export const APP_MODULE = 'src/main.tsx';
export const PAINT_MODULE = 'src/app/early/paint-link.ts';
export const FIRST_SCRIPT = 'src/early.ts';

const normalise = (id: string): string => id.replaceAll('\\', '/');

/**
 * The bundler's helpers for CommonJS modules (React's): only the app and what it loads later need
 * them, so they go with the app rather than in a chunk of their own (one more request).
 */
const BUNDLER_RUNTIME = '\0rolldown/runtime.js';

/** The modules reached from `root` through static imports, `root` included. */
export function staticClosure(
  root: string,
  importsOf: (id: string) => readonly string[] | null,
): Set<string> {
  const seen = new Set<string>();
  const stack = [root];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(importsOf(id) ?? []));
  }
  return seen;
}

/** What the app imports statically and the early paint does not. */
export function appOnlyModules(
  ids: readonly string[],
  importsOf: (id: string) => readonly string[] | null,
): Set<string> {
  const find = (end: string): string => {
    const id = ids.find((candidate) => normalise(candidate).endsWith(end));
    if (id === undefined) throw new Error(`app-chunk: no module ${end} in the build`);
    return id;
  };
  const elsewhere = new Set([
    ...staticClosure(find(FIRST_SCRIPT), importsOf),
    ...staticClosure(find(PAINT_MODULE), importsOf),
  ]);
  const app = staticClosure(find(APP_MODULE), importsOf);
  return new Set([...app].filter((id) => !elsewhere.has(id)));
}

/** The plugin that reads the module graph, and the code-splitting group that uses what it read. */
export function appChunk(): {
  plugin: Plugin;
  group: { name: string; test: (id: string) => boolean };
} {
  let appOnly: ReadonlySet<string> | null = null;
  return {
    plugin: {
      name: 'isolation-advisor:app-chunk',
      apply: 'build',
      buildEnd() {
        const ids = [...this.getModuleIds()];
        appOnly = appOnlyModules(ids, (id) => this.getModuleInfo(id)?.importedIds ?? null);
      },
    },
    group: {
      name: 'main',
      test: (id) => {
        if (appOnly === null) throw new Error('app-chunk: the module graph was not read');
        return appOnly.has(id) || id === BUNDLER_RUNTIME;
      },
    },
  };
}
