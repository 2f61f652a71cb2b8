/**
 * The only place YAML text is produced. Emitters build plain objects (key order = insertion
 * order) and this module serialises them the same way every time: two-space indent, no line
 * folding, no anchors/aliases, comments only in the header.
 *
 * The `yaml` library decides every byte, except for strings a YAML 1.1 reader (PyYAML in the
 * dagster-cloud CLI, Go's YAML in Helm) would not read back as the same string: those are written
 * double-quoted and escaped by `quoteYaml11` (yaml11.ts), through the library's own string tag.
 * `yaml-writer.ts` writes the shapes it can prove it writes exactly as the library does, and much faster (a 500-project plan is half a megabyte of
 * workflows: `npm run bench`); it asks the library for each scalar it cannot prove plain, and
 * gives any other document to the library whole.
 */
import { Document, type ScalarTag, type Tags } from 'yaml';

import { needsYaml11Quotes, quoteYaml11 } from './yaml11';
import { commentPrefix, Unsupported, writeYamlBody, type ScalarWriter } from './yaml-writer';

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

const byLibrary = (value: unknown, commentBefore: string): string => {
  const doc = new Document(value, { aliasDuplicateObjects: false, customTags: yaml11Strings });
  if (commentBefore) doc.commentBefore = commentBefore;
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
export const toYamlFast = (value: unknown, commentBefore: string): string | undefined => {
  try {
    return `${commentPrefix(commentBefore)}${writeYamlBody(value, scalarByLibrary)}\n`;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
};

/**
 * Serialises `value` as one YAML document, opened by `headerLines` as `#` comments.
 * Repeated objects are written out in full (never as `&anchor` / `*alias`).
 */
export const toYaml = (value: unknown, headerLines: readonly string[] = []): string => {
  const commentBefore = commentOf(headerLines);
  return toYamlFast(value, commentBefore) ?? byLibrary(value, commentBefore);
};

/** The library alone, for tests that hold the fast path to it. */
export const toYamlByLibrary = (value: unknown, headerLines: readonly string[] = []): string =>
  byLibrary(value, commentOf(headerLines));
