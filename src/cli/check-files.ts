/**
 * Reads the files the drift check needs from a folder: Dagster+ configuration (dagster_cloud.yaml,
 * dg project files), CODEOWNERS, deploy pipelines and agent configurations. Bounded for any
 * folder: symbolic links are not followed, dependency and hidden folders (but .github and
 * .gitlab) are skipped, at most MAX_DEPTH levels and MAX_FILES files are read, each at most the
 * import's MAX_FILE_BYTES. Node only.
 */
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { isAgentCandidate } from '@/domain/drift/agents';
import { DAGSTER_CLOUD_YAML } from '@/domain/drift/read-repo';
import type { RepoFile } from '@/domain/drift/types';
import { MAX_FILE_BYTES } from '@/domain/import/limits';

import { CliError } from './write-files';

/** Deepest folder read below the one given (agents/<name>/values.yaml is 2). */
export const MAX_DEPTH = 6;
/** Most files read from one folder: far above any real repository's Dagster+ files. */
export const MAX_FILES = 2000;

const SKIPPED = new Set(['node_modules', '__pycache__', 'venv', 'dist', 'site-packages']);
const HIDDEN_READ = new Set(['.github', '.gitlab']);
const PROJECT_FILES = new Set(['pyproject.toml', 'pyproject.dg.toml', 'dg.toml']);

/**
 * Whether the check reads a file at this path (relative, "/"-separated), at a repository's root
 * or below one (the folder "Download all files" gives holds one folder per repository).
 */
export const isCheckedPath = (path: string): boolean => {
  const base = path.slice(path.lastIndexOf('/') + 1);
  return (
    base === DAGSTER_CLOUD_YAML ||
    base === 'CODEOWNERS' ||
    base === '.gitlab-ci.yml' ||
    PROJECT_FILES.has(base) ||
    /(^|\/)\.github\/workflows\/[^/]+\.ya?ml$/.test(path) ||
    isAgentCandidate(path)
  );
};

/** The files of `root` the check reads, paths relative to it. Throws CliError on a problem. */
export const collectFiles = (root: string): RepoFile[] => {
  const top = lstatOrThrow(root);
  if (!top.isDirectory()) throw new CliError(`${root} is not a folder.`);
  const out: RepoFile[] = [];
  const walk = (dir: string, rel: string, depth: number): void => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch (error) {
      throw new CliError(`cannot read ${dir}: ${(error as Error).message}`);
    }
    for (const name of names) {
      const full = join(dir, name);
      const path = rel === '' ? name : `${rel}/${name}`;
      const stat = lstatOrThrow(full);
      if (stat.isSymbolicLink()) continue;
      if (stat.isDirectory()) {
        const hidden = name.startsWith('.') && !HIDDEN_READ.has(name);
        if (!hidden && !SKIPPED.has(name) && depth < MAX_DEPTH) walk(full, path, depth + 1);
        continue;
      }
      if (!stat.isFile() || !isCheckedPath(path)) continue;
      if (stat.size > MAX_FILE_BYTES) {
        throw new CliError(
          `${path} is larger than ${MAX_FILE_BYTES / 1024} kB, more than any real one: not read.`,
        );
      }
      if (out.length >= MAX_FILES) {
        throw new CliError(
          `${root} holds more than ${MAX_FILES} files to check; give a smaller folder.`,
        );
      }
      out.push({ path, text: readFileSync(full, 'utf8') });
    }
  };
  walk(root, '', 0);
  return out;
};

function lstatOrThrow(path: string) {
  try {
    return lstatSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT'
        ? `${path} does not exist.`
        : `cannot read ${path}: ${(error as Error).message}`,
    );
  }
}
