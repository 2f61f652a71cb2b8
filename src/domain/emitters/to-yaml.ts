/**
 * The only place YAML text is produced. Emitters build plain objects (key order = insertion
 * order) and this module serialises them the same way every time: two-space indent, no line
 * folding, no anchors/aliases, comments only before and after the document (a header, and an
 * optional footer such as a commented example the user may uncomment).
 *
 * The `yaml` library decides every byte. `yaml-writer.ts` writes the shapes it can prove it writes
 * exactly as the library does, and much faster (a 500-project plan is half a megabyte of
 * workflows: `npm run bench`); it asks the library for each scalar it cannot prove plain, and
 * gives any other document to the library whole.
 */
import { Document } from 'yaml';

import {
  commentPrefix,
  commentSuffix,
  Unsupported,
  writeYamlBody,
  type ScalarWriter,
} from './yaml-writer';

const TO_STRING_OPTIONS = { indent: 2, lineWidth: 0, minContentWidth: 0 } as const;

const byLibrary = (value: unknown, commentBefore: string, comment = ''): string => {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  if (commentBefore) doc.commentBefore = commentBefore;
  if (comment) doc.comment = comment;
  return doc.toString(TO_STRING_OPTIONS);
};

/**
 * The library's text for a single-line scalar, written as a map value: without folding and below
 * the root, that text does not depend on where the scalar sits.
 */
const scalarByLibrary: ScalarWriter = (value) =>
  byLibrary({ x: value }, '').slice('x: '.length, -1);

/** The document comment the library writes `headerLines` from. */
export const commentOf = (headerLines: readonly string[]): string =>
  headerLines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');

/** `writeYamlBody`, or `undefined` when only the library can write this document. */
export const toYamlFast = (
  value: unknown,
  commentBefore: string,
  comment = '',
): string | undefined => {
  try {
    return `${commentPrefix(commentBefore)}${writeYamlBody(value, scalarByLibrary)}\n${commentSuffix(comment)}`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
};

/**
 * Serialises `value` as one YAML document, opened by `headerLines` and closed by `footerLines`
 * as `#` comments. Repeated objects are written out in full (never as `&anchor` / `*alias`).
 */
export const toYaml = (
  value: unknown,
  headerLines: readonly string[] = [],
  footerLines: readonly string[] = [],
): string => {
  const commentBefore = commentOf(headerLines);
  const comment = commentOf(footerLines);
  return toYamlFast(value, commentBefore, comment) ?? byLibrary(value, commentBefore, comment);
};

/** The library alone, for tests that hold the fast path to it. */
export const toYamlByLibrary = (
  value: unknown,
  headerLines: readonly string[] = [],
  footerLines: readonly string[] = [],
): string => byLibrary(value, commentOf(headerLines), commentOf(footerLines));
