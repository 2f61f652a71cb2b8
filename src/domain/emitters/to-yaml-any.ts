/**
 * YAML for data from outside (the import's migration plan writes the user's own entries): the
 * writer's bytes when it knows the document, else the `yaml` library's. Kept apart from to-yaml.ts
 * so only the import view, which parses YAML with the same library anyway, loads it.
 */
import { Document, type ScalarTag, type Tags } from 'yaml';

import { commentOf, toYamlFast } from './to-yaml';
import { needsYaml11Quotes, quoteYaml11 } from './yaml11';

const TO_STRING_OPTIONS = { indent: 2, lineWidth: 0, minContentWidth: 0 } as const;

const STRING_TAG = 'tag:yaml.org,2002:str';

/**
 * The library's string tag, except that a string a YAML 1.1 reader would read otherwise (yaml11.ts)
 * is written `quoteYaml11` (keys too): `yes` → `"yes"`, `a<NEL>b` → `"a\x85b"`.
 */
const yaml11Strings = (tags: Tags): Tags =>
  tags.map((tag) => {
    if (typeof tag !== 'object' || tag.tag !== STRING_TAG || 'nodeClass' in tag) return tag;
    const original = tag as ScalarTag;
    const safe: ScalarTag = {
      ...original,
      stringify: (item, ctx, onComment, onChompKeep) => {
        const text = typeof item.value === 'string' ? item.value : String(item.value);
        return needsYaml11Quotes(text)
          ? quoteYaml11(text)
          : (original.stringify?.(item, ctx, onComment, onChompKeep) ?? text);
      },
    };
    return safe;
  });

/** The library alone (tests hold the writer to it). */
export const toYamlByLibrary = (
  value: unknown,
  headerLines: readonly string[] = [],
  footerLines: readonly string[] = [],
): string => {
  const doc = new Document(value, { aliasDuplicateObjects: false, customTags: yaml11Strings });
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
