/**
 * Files this app generated say where they came from: their header holds the share link that
 * reopens the answers ("Reopen these answers: …", emitters/header.ts). The import reads that link
 * back, so that what the files cannot say (compute environments behind the queue names, the
 * high-volume marks, the priorities) comes back too, but only while the link agrees with the file:
 * every location is a project of the link, routed to the queue the link's topology gives it. A
 * file edited since is read from what it says.
 */
import type { Answers } from '../questionnaire/schemas';
import { rankOptions } from '../scoring/rank-options';
import { buildTopology, locationsOf } from '../topology/build-topology';
import { decodeShareState, MAX_FRAGMENT_LENGTH } from '../url-codec/codec';
import type { ImportedLocation } from './types';

/** The header line holding the link, as emitters/header.ts writes it after `# `. */
const LINK_LINE = /^# Reopen these answers: (\S+)[ \t]*$/m;

/** The header is a few comment lines: no need to look further than a link's length. */
const HEAD_LENGTH = MAX_FRAGMENT_LENGTH + 1024;

/**
 * The answers of the link in the header comment of a file this app generated; null when the file
 * has no such header, or its link does not decode cleanly (any dropped value, or no project).
 */
export const headerAnswers = (text: string): Answers | null => {
  const head = text.slice(0, HEAD_LENGTH);
  const match = LINK_LINE.exec(head);
  const link = match?.[1];
  if (match === null || link === undefined) return null;
  // Only the header counts: every line before the link is a comment.
  const before = head.slice(0, match.index).split('\n');
  if (!before.every((line) => line === '' || line.startsWith('#'))) return null;
  const decoded = decodeShareState(link);
  return decoded.problems.length === 0 && decoded.hasProjects ? decoded.answers : null;
};

/** What the header link says, and whether dagster_cloud.yaml still agrees with it. */
export type GeneratedLink =
  | {
      readonly agrees: true;
      readonly answers: Answers;
      /** Every queue a location of the link's files is routed to, in any repository. */
      readonly queues: ReadonlySet<string>;
    }
  | { readonly agrees: false };

/** The header link of dagster_cloud.yaml checked against its locations; null without one. */
export const readGeneratedLink = (
  text: string,
  locations: readonly ImportedLocation[],
): GeneratedLink | null => {
  const answers = headerAnswers(text);
  if (answers === null) return null;
  const ranking = rankOptions(answers);
  const topology = buildTopology(answers, ranking.recommended, ranking.layout.layout);
  // The queue of each project in its first deployment: what its dagster_cloud.yaml says.
  const queueOf = new Map<string, string | null>();
  const queues = new Set<string>();
  for (const node of locationsOf(topology)) {
    if (!queueOf.has(node.name)) queueOf.set(node.name, node.agentQueue);
    if (node.agentQueue !== null) queues.add(node.agentQueue);
  }
  const agrees = locations.every(
    (l) => queueOf.has(l.name) && queueOf.get(l.name) === l.agentQueue,
  );
  return agrees ? { agrees, answers, queues } : { agrees };
};
