/**
 * What a generated file means, as a digest: YAML by its parsed data, every other text by its
 * non-comment lines, so a header line or a reworded comment leaves it unchanged while any value
 * that reaches Dagster, CI or Git changes it. The tags of dagster-io/dagster-cloud-action are
 * written as `<pin>`: issue #10 moved them to tags that exist, for every link.
 */
import { parse } from 'yaml';

const PINNED_ACTION_TAG = /(dagster-cloud-action(?:\/[\w./-]*)?)(?:@v|:)\d+\.\d+\.\d+/g;

/** The digest of a file's meaning (see the module comment). */
export const meaningDigest = (path: string, content: string): string => {
  const unpinned = content.replace(PINNED_ACTION_TAG, '$1<pin>');
  const meaning = /\.ya?ml$/.test(path)
    ? JSON.stringify(parse(unpinned))
    : unpinned
        .split('\n')
        .filter((line) => !line.trimStart().startsWith('#'))
        .join('\n');
  return fnv1a(meaning);
};

/** 64-bit FNV-1a of the UTF-16 code units, as hex: stable, and enough to tell files apart. */
const fnv1a = (text: string): string => {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash.toString(16).padStart(16, '0');
};
