/**
 * The YAML writer behind `toYaml`: writes plain objects in exactly the bytes the `yaml` library
 * writes with `toYaml`'s options (two-space indent, sequences indented, no folding), so the app
 * needs no YAML library to emit files.
 *
 * It ports the library's block-collection, literal-block and scalar rules (plain, single- and
 * double-quoted strings, numbers, keys), and writes strings (keys too) that a YAML 1.1 reader
 * (PyYAML, Go's YAML) would read otherwise with `quoteYaml11` (yaml11.ts), as the library does
 * through the string tag `toYamlByLibrary` gives it. The few forms it does not port (a
 * multi-line string the library would quote or keep-chomp, a key holding a document marker or
 * over 1,000 characters, a scalar or empty root, a class instance) throw `Unsupported`; the
 * emitters write none of them, and `toYamlAny` hands such documents to the library.
 * yaml-writer.test.ts holds the writer to the library's bytes on every emitted file and on
 * generated documents and strings.
 */

import { needsYaml11Quotes, quoteYaml11 } from './yaml11';

export class Unsupported extends Error {}

/**
 * The `yaml` library's rules (v2, core schema, `toYaml`'s options: no folding, default quoting),
 * ported so the app can write YAML without shipping the library: `yaml-writer.test.ts` holds
 * every rule below to the library's bytes on generated and emitted documents.
 */

/** `plainString`: what may not stand plain (an indicator first, `: `, ` #`, an end in ` ` or `:`…). */
const NOT_PLAIN =
  /^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/;
/** The core schema's default tags other than `str`: a plain scalar matching one reads back as it. */
const OTHER_TYPES = [
  /^(?:~|[Nn]ull|NULL)?$/,
  /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
  /^0o[0-7]+$/,
  /^[-+]?[0-9]+$/,
  /^0x[0-9a-fA-F]+$/,
  /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
  /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
];
/** Characters the library escapes in double quotes, which it then writes even for a block. */
// eslint-disable-next-line no-control-regex -- the very characters this must find
const CONTROL = /[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u;
/** `containsDocumentMarker`. */
const DOCUMENT_MARKER = /^(%|---|\.\.\.)/m;

/** Short escapes `doubleQuotedString` uses instead of JSON's `\uXXXX`. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '0000': '\\0',
  '0007': '\\a',
  '000b': '\\v',
  '001b': '\\e',
  '0085': '\\N',
  '00a0': '\\_',
  '2028': '\\L',
  '2029': '\\P',
};

/** `doubleQuotedString` for a single-line value or any key (no folding: `lineWidth` is 0). */
const doubleQuoted = (value: string): string => {
  const json = JSON.stringify(value);
  let out = '';
  let start = 0;
  for (let i = 0; i < json.length; i += 1) {
    if (json.charAt(i) !== '\\') continue;
    if (json.charAt(i + 1) === 'u') {
      const code = json.substring(i + 2, i + 6);
      out += json.slice(start, i);
      out +=
        SHORT_ESCAPES[code] ??
        (code.startsWith('00') ? `\\x${code.slice(2)}` : json.substring(i, i + 6));
      i += 5;
      start = i + 1;
    } else {
      i += 1;
    }
  }
  return start ? out + json.slice(start) : json;
};

/** `quotedString` (default `singleQuote`): single quotes only for `"` without `'`. */
const quoted = (value: string): string =>
  value.includes('"') && !value.includes("'")
    ? `'${value.replaceAll("'", "''")}'`
    : doubleQuoted(value);

/**
 * A single-line string as the library writes it, as a key (`implicitKey`) or a value. Keys that
 * hold a document marker take a form the writer does not know (`Unsupported`).
 */
const singleLine = (value: string, implicitKey: boolean): string => {
  if (implicitKey && value.includes('\n')) throw new Unsupported();
  if (CONTROL.test(value)) return doubleQuoted(value);
  if (NOT_PLAIN.test(value)) return quoted(value);
  if (implicitKey && DOCUMENT_MARKER.test(value)) throw new Unsupported();
  return OTHER_TYPES.some((tag) => tag.test(value)) ? quoted(value) : value;
};

/** `stringifyNumber` with the default options. */
const number = (value: number): string =>
  Number.isFinite(value)
    ? Object.is(value, -0)
      ? '-0'
      : JSON.stringify(value)
    : Number.isNaN(value)
      ? '.nan'
      : value < 0
        ? '-.inf'
        : '.inf';

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
 * Writes `value` (a non-empty plain object or array) as the body of a YAML document, or throws
 * `Unsupported` for what the library would write in a form not ported here.
 */
export const writeYamlBody = (value: unknown): string => {
  const node = (item: unknown, indent: string): string => {
    if (typeof item === 'string') {
      if (needsYaml11Quotes(item)) return quoteYaml11(item);
      return item.includes('\n') ? literalBlock(item, indent) : singleLine(item, false);
    }
    if (typeof item === 'number') return number(item);
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
        // Longer keys take the library's explicit `? key` form.
        if (key.length > 1000) throw new Unsupported();
        const keyText = needsYaml11Quotes(key) ? quoteYaml11(key) : singleLine(key, true);
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

/** The library's rendering of a document's closing comment (`comment`): a blank line, then it. */
export const commentSuffix = (comment: string): string =>
  comment ? `\n${comment.replace(/^(?!$)(?: $)?/gm, '#')}\n` : '';
