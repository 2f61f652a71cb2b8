/**
 * Where the check takes the decision from when no link is given: the share link every generated
 * file carries in its header ("Reopen these answers: <link>", header.ts). And which of the
 * decision's repositories a folder is: the one whose code locations it declares most of.
 */
import type { Topology } from '../topology/types';
import { readRepo } from './read-repo';
import type { RepoFile } from './types';

/** The header line's words before the link (header.ts). */
export const REOPEN_PREFIX = 'Reopen these answers: ';

/** Header lines are at the top; a link further down is not a stamp. */
const HEADER_LINES = 12;

/** Share links stamped in file headers, with the file each was read from, in file order. */
export const stampedLinks = (
  files: readonly RepoFile[],
): { readonly link: string; readonly file: string }[] => {
  const out: { link: string; file: string }[] = [];
  for (const f of files) {
    const lines = f.text.slice(0, 8192).split('\n').slice(0, HEADER_LINES);
    for (const line of lines) {
      const at = line.indexOf(REOPEN_PREFIX);
      if (at < 0) continue;
      const link =
        line
          .slice(at + REOPEN_PREFIX.length)
          .trim()
          .split(/\s/)[0] ?? '';
      if (link !== '') out.push({ link, file: f.path });
      break;
    }
  }
  return out;
};

/**
 * The decision's repository `files` belong to: the only one, or the one whose code locations the
 * files declare most of (ties and no overlap: null).
 */
export const identifyRepo = (topology: Topology, files: readonly RepoFile[]): string | null => {
  const [only, ...others] = topology.repos;
  if (only !== undefined && others.length === 0) return only.name;
  const declared = new Set(readRepo(files).config?.locations.map((l) => l.name) ?? []);
  const scored = topology.repos
    .map((r) => ({ name: r.name, score: r.locations.filter((l) => declared.has(l)).length }))
    .sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  if (!best?.score) return null;
  return second?.score === best.score ? null : best.name;
};
