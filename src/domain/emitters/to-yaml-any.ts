/**
 * YAML for data from outside (the import's migration plan writes the user's own entries): the
 * writer's bytes when it knows the document, else the `yaml` library's. Kept apart from to-yaml.ts
 * so only the import view, which parses YAML with the same library anyway, loads it.
 */
import { Document } from 'yaml';

import { commentOf, toYamlFast } from './to-yaml';

const TO_STRING_OPTIONS = { indent: 2, lineWidth: 0, minContentWidth: 0 } as const;

/** The library alone (tests hold the writer to it). */
export const toYamlByLibrary = (
  value: unknown,
  headerLines: readonly string[] = [],
  footerLines: readonly string[] = [],
): string => {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  const before = commentOf(headerLines);
  const after = commentOf(footerLines);
  if (before) doc.commentBefore = before;
  if (after) doc.comment = after;
  return doc.toString(TO_STRING_OPTIONS);
};

/** `toYaml` for any plain data: the writer, else the library (same bytes either way). */
export const toYamlAny = (
  value: unknown,
  headerLines: readonly string[] = [],
  footerLines: readonly string[] = [],
): string =>
  toYamlFast(value, commentOf(headerLines), commentOf(footerLines)) ??
  toYamlByLibrary(value, headerLines, footerLines);
