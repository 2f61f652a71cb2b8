/**
 * Reads the code locations of a repository in the dg style (facts §0): one project per folder,
 * its `[tool.dg.project]` in `pyproject.toml` (or the generated fragment `pyproject.dg.toml`), or
 * `[project]` in a project's `dg.toml`. The location name is `code_location_name`, else the
 * project folder's name (the dg docs disagree on that default: UNCERTAIN, so the check says so).
 * `agent_queue` is read where a user added it. Values come from a TOML parser (smol-toml); lines
 * from the text, so each finding can point at one. Never throws.
 */
import { parse as parseToml } from 'smol-toml';

import type { RepoFile } from './types';

/** One dg project as a code location. */
export type DgLocation = {
  readonly name: string;
  /** True when the name is the folder's, because `code_location_name` is not set. */
  readonly nameFromFolder: boolean;
  readonly file: string;
  /** Line of `code_location_name`, else of the project table. */
  readonly line: number | null;
  readonly agentQueue: string | null;
  readonly queueLine: number | null;
};

export type DgRead = {
  readonly locations: readonly DgLocation[];
  /** Files that are not valid TOML, with the parser's line. */
  readonly unreadable: readonly { file: string; line: number | null; reason: string }[];
};

const PROJECT_FILES = ['pyproject.toml', 'pyproject.dg.toml', 'dg.toml'];

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
const folderOf = (path: string): string =>
  path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';

const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const at = (v: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((cur, k) => (isRecord(cur) ? cur[k] : undefined), v);

/** 1-based line of `key = …` inside the table `[header]`, or of the header, or null. */
const lineIn = (text: string, header: string, key: string | null): number | null => {
  const lines = text.split('\n');
  const start = lines.findIndex((l) => l.trim().replace(/\s+/g, '') === `[${header}]`);
  if (start < 0) return null;
  if (key === null) return start + 1;
  for (let i = start + 1; i < lines.length; i++) {
    const l = (lines[i] ?? '').trim();
    if (l.startsWith('[')) break;
    if (l.startsWith(key) && l.slice(key.length).trimStart().startsWith('=')) return i + 1;
  }
  return null;
};

/** The project table of a file and its header, or null when the file is not a dg project. */
const projectTable = (
  file: RepoFile,
  data: Record<string, unknown>,
): { table: Record<string, unknown>; header: string } | null => {
  if (baseName(file.path) === 'dg.toml') {
    const table = at(data, 'project');
    return data.directory_type === 'project' && isRecord(table)
      ? { table, header: 'project' }
      : null;
  }
  const table = at(data, 'tool', 'dg', 'project');
  return isRecord(table) ? { table, header: 'tool.dg.project' } : null;
};

/** Reads every dg project among `files` (paths relative to the repository root). */
export const readDgProjects = (files: readonly RepoFile[]): DgRead => {
  const locations: DgLocation[] = [];
  const unreadable: { file: string; line: number | null; reason: string }[] = [];
  const seenFolders = new Set<string>();
  // pyproject.toml first: a project that has merged the fragment may still hold it.
  const ordered = PROJECT_FILES.flatMap((name) => files.filter((f) => baseName(f.path) === name));
  for (const file of ordered) {
    const folder = folderOf(file.path);
    if (seenFolders.has(folder)) continue;
    let data: Record<string, unknown>;
    try {
      data = parseToml(file.text);
    } catch (error) {
      const line = isRecord(error) && typeof error.line === 'number' ? error.line : null;
      const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
      unreadable.push({ file: file.path, line, reason: `TOML cannot be read: ${message}` });
      continue;
    }
    const project = projectTable(file, data);
    if (project === null) continue;
    seenFolders.add(folder);
    const written = project.table.code_location_name;
    const queue = project.table.agent_queue;
    const folderName = baseName(folder === '' ? '.' : folder);
    locations.push({
      name: typeof written === 'string' ? written : folderName,
      nameFromFolder: typeof written !== 'string',
      file: file.path,
      line:
        lineIn(file.text, project.header, 'code_location_name') ??
        lineIn(file.text, project.header, null),
      agentQueue: typeof queue === 'string' ? queue : null,
      queueLine:
        typeof queue === 'string' ? lineIn(file.text, project.header, 'agent_queue') : null,
    });
  }
  return { locations, unreadable };
};
