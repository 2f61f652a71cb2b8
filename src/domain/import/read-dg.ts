/**
 * Reads the code locations of a repository in the dg style (facts §0): one project per folder,
 * its `[tool.dg.project]` in `pyproject.toml` (or the generated fragment `pyproject.dg.toml`), or
 * `[project]` in a project's `dg.toml`. The location name is `code_location_name`, else the
 * project folder's name (the dg docs disagree on that default: UNCERTAIN, so the check says so).
 * `agent_queue` is read where a user added it. Values come from a TOML parser (smol-toml); lines
 * from the text, so each finding can point at one. Never throws. The drift check and the import
 * (read-dg-workspace.ts) share it.
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

/** A dg project with everything its table says, for the import. */
export type DgProject = DgLocation & {
  /** Folder of the project file ("" at the root). */
  readonly folder: string;
  /** `root_module`, or null when it is missing or not a string. */
  readonly rootModule: string | null;
  /** `image`, where a user set one. */
  readonly image: string | null;
  /** The project table as written. */
  readonly table: Readonly<Record<string, unknown>>;
};

/** A file that is not valid TOML, with the parser's line. */
export type UnreadableToml = { file: string; line: number | null; reason: string };

export type DgRead = {
  readonly locations: readonly DgLocation[];
  /** Files that are not valid TOML, with the parser's line. */
  readonly unreadable: readonly UnreadableToml[];
};

/** Deepest nesting of inline tables and arrays read: real dg files nest two or three levels. */
export const MAX_TOML_DEPTH = 20;

export const PROJECT_FILES = ['pyproject.toml', 'pyproject.dg.toml', 'dg.toml'];

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
export const folderOf = (path: string): string =>
  path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';

export const isRecord = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v);

const at = (v: unknown, ...keys: string[]): unknown =>
  keys.reduce<unknown>((cur, k) => (isRecord(cur) ? cur[k] : undefined), v);

/** Parses TOML text; a syntax error is returned with its line, never thrown. */
export const readToml = (
  file: RepoFile,
): { ok: true; data: Record<string, unknown> } | { ok: false; error: UnreadableToml } => {
  try {
    return { ok: true, data: parseToml(file.text, { maxDepth: MAX_TOML_DEPTH }) };
  } catch (error) {
    const line = isRecord(error) && typeof error.line === 'number' ? error.line : null;
    const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
    return {
      ok: false,
      error: { file: file.path, line, reason: `TOML cannot be read: ${message}` },
    };
  }
};

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

const stringOr = (v: unknown): string | null => (typeof v === 'string' ? v : null);

/** Every dg project among `files`, with its whole table, and the files that are not TOML. */
export const readDgProjectTables = (
  files: readonly RepoFile[],
): { projects: DgProject[]; unreadable: UnreadableToml[] } => {
  const projects: DgProject[] = [];
  const unreadable: UnreadableToml[] = [];
  const seenFolders = new Set<string>();
  // pyproject.toml first: a project that has merged the fragment may still hold it.
  const ordered = PROJECT_FILES.flatMap((name) => files.filter((f) => baseName(f.path) === name));
  for (const file of ordered) {
    const folder = folderOf(file.path);
    if (seenFolders.has(folder)) continue;
    const parsed = readToml(file);
    if (!parsed.ok) {
      unreadable.push(parsed.error);
      continue;
    }
    const project = projectTable(file, parsed.data);
    if (project === null) continue;
    seenFolders.add(folder);
    const { table, header } = project;
    const written = table.code_location_name;
    const queue = stringOr(table.agent_queue);
    projects.push({
      name: typeof written === 'string' ? written : baseName(folder === '' ? '.' : folder),
      nameFromFolder: typeof written !== 'string',
      file: file.path,
      line: lineIn(file.text, header, 'code_location_name') ?? lineIn(file.text, header, null),
      agentQueue: queue,
      queueLine: queue === null ? null : lineIn(file.text, header, 'agent_queue'),
      folder,
      rootModule: stringOr(table.root_module),
      image: stringOr(table.image),
      table,
    });
  }
  return { projects, unreadable };
};

/** Reads every dg project among `files` (paths relative to the repository root). */
export const readDgProjects = (files: readonly RepoFile[]): DgRead => {
  const { projects, unreadable } = readDgProjectTables(files);
  return {
    locations: projects.map(({ name, nameFromFolder, file, line, agentQueue, queueLine }) => ({
      name,
      nameFromFolder,
      file,
      line,
      agentQueue,
      queueLine,
    })),
    unreadable,
  };
};
