/**
 * A fast path for `toYaml`: writes the plain objects our emitters build in exactly the bytes the
 * `yaml` library writes with `toYaml`'s options (two-space indent, sequences indented, no folding).
 *
 * It mirrors the library's block-collection and literal-block rules for the shapes it knows, writes
 * strings (keys too) that a YAML 1.1 reader would read otherwise with `quoteYaml11`, as to-yaml.ts
 * has the library do, and asks the library itself for every other single-line scalar it cannot
 * prove plain (quotes, numbers that are not integers, strings that would read back as another type). Anything else (a multi-line
 * string the library would quote, a key that is not plain, a class instance) throws `Unsupported`,
 * and `toYaml` hands the whole document to the library. yaml-writer.test.ts holds it to the
 * library's bytes on every emitted file and on generated documents.
 */

import { needsYaml11Quotes, quoteYaml11 } from './yaml11';

export class Unsupported extends Error {}

/** Single-line strings the library writes as they are: no indicator first, no `: `, ` #`, or type. */
const PLAIN_START = /^(?:[A-Za-z_/$]|\.(?:$|\/))/;
const PLAIN_CHARS = /^[\w\-./${}()[\]*=,@+:'"~%&!?<>^|; ]*$/;
const PLAIN_BREAKERS = /: | #|[ :]$/;
const OTHER_TYPE = /^(?:[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
/** Characters the library escapes in double quotes, which it then writes even for a block. */
// eslint-disable-next-line no-control-regex -- the very characters this must find
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;

const isPlain = (value: string): boolean =>
  PLAIN_START.test(value) &&
  PLAIN_CHARS.test(value) &&
  !PLAIN_BREAKERS.test(value) &&
  !OTHER_TYPE.test(value);

export type ScalarWriter = (value: string | number | boolean | null) => string;

/**
 * The library's literal block (`|` or `|-`) for a multi-line string in a block collection, `indent`
 * being the context's indent (never empty here: the root is always a collection). Text that
 * starts with a space or a newline, or ends in whitespace other than one newline, takes the
 * library's other forms (`|2`, `|+`, quotes) and is left to it.
 */
const literalBlock = (text: string, indent: string): string => {
  const body = text.endsWith('\n') ? text.slice(0, -1) : text;
  if (!/^[^\n ][^]*\S$|^\S$/.test(body) || CONTROL.test(body)) throw new Unsupported();
  return `|${body === text ? '-' : ''}\n${indent}${body.replace(/\n+/g, `$&${indent}`)}`;
};

/**
 * Writes `value` (a non-empty plain object or array) as the body of a YAML document, asking
 * `scalar` for single-line scalars that are not plain strings.
 */
export const writeYamlBody = (value: unknown, scalar: ScalarWriter): string => {
  const node = (item: unknown, indent: string): string => {
    if (typeof item === 'string') {
      if (needsYaml11Quotes(item)) return quoteYaml11(item);
      if (item.includes('\n')) return literalBlock(item, indent);
      return isPlain(item) ? item : scalar(item);
    }
    if (typeof item === 'number') {
      return Number.isSafeInteger(item) && !Object.is(item, -0) ? String(item) : scalar(item);
    }
    if (typeof item === 'boolean') return item ? 'true' : 'false';
    if (item === null || item === undefined) return 'null'; // `undefined` only reaches here in a list
    if (Array.isArray(item)) {
      if (item.length === 0) return '[]';
      const inner = `${indent}  `;
      let out = '';
      for (let i = 0; i < item.length; i++) {
        out += `${i === 0 ? '' : `\n${indent}`}- ${node(item[i], inner)}`;
      }
      return out;
    }
    if (Object.getPrototypeOf(item) === Object.prototype) {
      const map = item as Record<string, unknown>;
      const inner = `${indent}  `;
      let out = '';
      for (const key of Object.keys(map)) {
        const entry = map[key];
        if (entry === undefined) continue;
        if (key.length > 1000) throw new Unsupported();
        let keyText = key;
        if (needsYaml11Quotes(key)) keyText = quoteYaml11(key);
        else if (!isPlain(key)) throw new Unsupported();
        const text = node(entry, inner);
        // A non-empty collection starts on its own line; scalars and `{}` / `[]` follow the key.
        const ownLine =
          typeof entry === 'object' && entry !== null && text !== '{}' && text !== '[]';
        out += `${out === '' ? '' : `\n${indent}`}${keyText}:${ownLine ? `\n${inner}` : ' '}${text}`;
      }
      return out === '' ? '{}' : out;
    }
    throw new Unsupported();
  };
  // The library writes an empty root as `{}` / `[]` and a scalar root by other rules.
  if (typeof value !== 'object' || value === null || Object.keys(value).length === 0) {
    throw new Unsupported();
  }
  return node(value, '');
};

/** The library's rendering of a document comment (`commentBefore`) and the blank line after it. */
export const commentPrefix = (commentBefore: string): string => {
  if (!commentBefore) return '';
  const commented = commentBefore.replace(/^(?!$)(?: $)?/gm, '#');
  return `${/^\n+$/.test(commented) ? commented.substring(1) : commented}\n\n`;
};
