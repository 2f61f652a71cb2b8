/**
 * Which of the files a user picks or drops are dg files, and how they join the dg fields. Pure: the
 * form reads the chosen files' text and hands it here. Only a dg repository's own files are read
 * (dg.toml, pyproject.toml, pyproject.dg.toml, build.yaml, container_context.yaml), never those in
 * hidden folders or virtual environments, so dropping a whole repository stays quick.
 */
import { MAX_DG_FILES } from '@/domain/import/limits';

import type { DgField } from './import-draft';

/** The file names a dg repository's deploy configuration lives in. */
export const DG_FILE_NAMES = [
  'dg.toml',
  'pyproject.toml',
  'pyproject.dg.toml',
  'build.yaml',
  'container_context.yaml',
] as const;

/** Folders never read: hidden ones (.git, .venv) and installed packages. */
const SKIPPED_FOLDERS = new Set(['node_modules', 'venv', '__pycache__', 'site-packages']);

/** "/repo/a/dg.toml" or "repo\\a\\dg.toml" → "repo/a/dg.toml". */
export const cleanPath = (path: string): string =>
  path
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');

/** Whether a file at `path` is read as a dg file. */
export const isDgPath = (path: string): boolean => {
  const parts = cleanPath(path).split('/');
  const name = parts[parts.length - 1] ?? '';
  if (!(DG_FILE_NAMES as readonly string[]).includes(name)) return false;
  return parts.slice(0, -1).every((p) => !p.startsWith('.') && !SKIPPED_FOLDERS.has(p));
};

/** Whether the folder at `path` can hold dg files worth reading (for walking a dropped folder). */
export const isReadFolder = (name: string): boolean =>
  !name.startsWith('.') && !SKIPPED_FOLDERS.has(name);

/** The dg files among `paths` (their indices, at most MAX_DG_FILES) and how many were left out. */
export const pickDgPaths = (paths: readonly string[]): { read: number[]; leftOut: number } => {
  const read: number[] = [];
  paths.forEach((p, i) => {
    if (read.length < MAX_DG_FILES && isDgPath(p)) read.push(i);
  });
  return { read, leftOut: paths.length - read.length };
};

/**
 * The dg fields once `added` files join them: a file replaces the field of the same path (a new
 * field, so its text area opens with the new text); fields with no text are dropped; the rest keep
 * their order, and new paths follow in the order given (dg.toml files first).
 */
export const mergeDgFields = (
  existing: readonly DgField[],
  added: readonly { path: string; text: string }[],
  newField: (path: string, text: string) => DgField,
): DgField[] => {
  const byPath = new Map(added.map((a) => [cleanPath(a.path), a.text] as const));
  const kept = existing.filter((f) => f.text.trim() !== '' && !byPath.has(cleanPath(f.path)));
  const rank = (path: string): number =>
    path.endsWith('dg.toml') && !path.endsWith('.dg.toml') ? 0 : 1;
  const fresh = [...byPath.entries()]
    .map(([path, text]) => ({ path, text }))
    .sort(
      (a, b) => rank(a.path) - rank(b.path) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0),
    );
  const out = kept.slice();
  for (const f of fresh) out.push(newField(f.path, f.text));
  return out;
};
