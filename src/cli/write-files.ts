/**
 * The CLI's file writing, made safe for a folder that already holds things:
 * - nothing is written through a symbolic link: a link anywhere on a file's path inside DIR
 *   (`.github` → elsewhere, `SETUP.md` → another file) stops the run before anything is written,
 *   and the final open refuses a link that appears in between (O_NOFOLLOW);
 * - a file that differs from what its own header's link generates was edited by hand: it is
 *   replaced only with --force; otherwise the run says what would change and writes nothing;
 * - a path blocked by a file, or a DIR that is a file, is a one-line error, never a stack trace.
 * Node only (node:fs, node:path).
 */
import {
  closeSync,
  constants,
  lstatSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  writeSync,
} from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';

import { safeRelativePath } from '@/domain/emitters/safe-path';
import type { GeneratedFile } from '@/domain/emitters/types';
import { diffLines } from '@/domain/text/line-diff';

/** A problem to report in one line, with exit code 2 (usage or I/O). */
export class CliError extends Error {}

export type PlannedFile = { file: GeneratedFile; target: string; rel: string };

const lstatOrNull = (path: string) => {
  try {
    return lstatSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new CliError(`cannot read ${path}: ${(error as Error).message}`);
  }
};

/** DIR as a real folder path (created later if missing); an existing non-folder is an error. */
export const outputRoot = (cwd: string, out: string): string => {
  const root = resolve(cwd, out);
  const stat = lstatOrNull(root);
  if (stat === null) return root;
  // DIR itself may be a link the user chose: write into the folder it names.
  const real = stat.isSymbolicLink() ? realpathSync(root) : root;
  if (!lstatSync(real).isDirectory()) {
    throw new CliError(`--out ${out} is a file, not a folder: give a folder to write into.`);
  }
  return real;
};

/** Where each file goes inside `root`, by the app's zip rule (no "..", no absolute paths). */
export const planTargets = (root: string, files: readonly GeneratedFile[]): PlannedFile[] =>
  files.map((file) => {
    const target = resolve(root, ...safeRelativePath(file.path).split('/'));
    const rel = relative(root, target);
    if (rel.startsWith('..') || rel.split(sep).includes('..')) {
      // Unreachable: safeRelativePath drops "..". Kept so a bad emitter path cannot escape DIR.
      throw new CliError(`refusing to write outside ${root}: ${file.path}`);
    }
    return { file, target, rel: rel.split(sep).join('/') };
  });

/**
 * Checks every part of a file's path that exists: a symbolic link is refused (it could lead out
 * of DIR), a file where a folder must be, or a folder where the file must be, is an error.
 */
const checkPath = (root: string, rel: string): void => {
  const parts = rel.split('/');
  let path = root;
  for (const [i, part] of parts.entries()) {
    path = join(path, part);
    const stat = lstatOrNull(path);
    if (stat === null) return;
    const shown = parts.slice(0, i + 1).join('/');
    if (stat.isSymbolicLink()) {
      throw new CliError(
        `refusing to write ${rel}: ${shown} in ${root} is a symbolic link, which could lead outside it. Remove the link or choose another --out; nothing was written.`,
      );
    }
    const last = i === parts.length - 1;
    if (!last && !stat.isDirectory()) {
      throw new CliError(`cannot write ${rel}: ${shown} in ${root} is a file, not a folder.`);
    }
    if (last && !stat.isFile()) {
      throw new CliError(`cannot write ${rel}: it is a folder or a special file in ${root}.`);
    }
  }
};

const HEADER_LINK = /Reopen these answers: (\S+)/;

/** A file that differs from the new one, and what replacing it would change. */
export type Replaced = { rel: string; added: number; removed: number; byHand: boolean };

/**
 * Existing files that would change, each marked `byHand` unless its text is exactly what the link
 * in its own header generates (an older run of this command or of the app: safe to replace).
 */
export const replacedFiles = (
  planned: readonly PlannedFile[],
  regenerate: (link: string) => ReadonlyMap<string, string>,
): Replaced[] => {
  const byLink = new Map<string, ReadonlyMap<string, string>>();
  const generatedFor = (link: string) => {
    let files = byLink.get(link);
    if (files === undefined) {
      files = regenerate(link);
      byLink.set(link, files);
    }
    return files;
  };
  const out: Replaced[] = [];
  for (const { file, target, rel } of planned) {
    if (lstatOrNull(target) === null) continue;
    const current = readFileSync(target, 'utf8');
    if (current === file.content) continue;
    const link = HEADER_LINK.exec(current)?.[1];
    const byHand = link === undefined || generatedFor(link).get(rel) !== current;
    let added = 0;
    let removed = 0;
    for (const l of diffLines(current, file.content)) {
      if (l.kind === 'added') added += 1;
      else if (l.kind === 'removed') removed += 1;
    }
    out.push({ rel, added, removed, byHand });
  }
  return out;
};

/** Writes `content` to `target`, refusing a symbolic link there (O_NOFOLLOW where the OS has it). */
const writeNoFollow = (target: string, content: string): void => {
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | constants.O_NOFOLLOW;
  let fd: number;
  try {
    fd = openSync(target, flags, 0o644);
  } catch (error) {
    throw new CliError(`cannot write ${target}: ${(error as Error).message}`);
  }
  try {
    writeSync(fd, content, null, 'utf8');
  } finally {
    closeSync(fd);
  }
};

/** Checks every path first (nothing is written if one is refused), then writes them all. */
export const writePlanned = (root: string, planned: readonly PlannedFile[]): void => {
  for (const { rel } of planned) checkPath(root, rel);
  for (const { file, target, rel } of planned) {
    try {
      mkdirSync(resolve(target, '..'), { recursive: true });
    } catch (error) {
      throw new CliError(`cannot create the folder of ${rel}: ${(error as Error).message}`);
    }
    writeNoFollow(target, file.content);
  }
};

/** `root`'s paths checked for links and blockers only (used before --check reads them). */
export const checkPlanned = (root: string, planned: readonly PlannedFile[]): void => {
  for (const { rel } of planned) checkPath(root, rel);
};
