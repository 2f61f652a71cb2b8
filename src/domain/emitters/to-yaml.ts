/**
 * The only place the YAML library is called. Emitters build plain objects (key order = insertion
 * order) and this module serialises them the same way every time: two-space indent, no line
 * folding, no anchors/aliases, comments only in the header.
 */
import { Document } from 'yaml';

const TO_STRING_OPTIONS = { indent: 2, lineWidth: 0, minContentWidth: 0 } as const;

/**
 * Serialises `value` as one YAML document, opened by `headerLines` as `#` comments.
 * Repeated objects are written out in full (never as `&anchor` / `*alias`).
 */
export const toYaml = (value: unknown, headerLines: readonly string[] = []): string => {
  const doc = new Document(value, { aliasDuplicateObjects: false });
  if (headerLines.length > 0) {
    doc.commentBefore = headerLines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');
  }
  return doc.toString(TO_STRING_OPTIONS);
};
