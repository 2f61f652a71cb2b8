/**
 * A tiny TOML writer for the few TOML files Isolation Advisor emits (`[tool.dg.project]`
 * fragments and `dg.toml`): tables and arrays of tables whose values are strings or booleans,
 * nothing else. No TOML library is installed; this covers exactly what the emitters need, with
 * TOML 1.0 basic-string escaping. Like `toYaml`, it is the only place TOML text is produced.
 */

/** The only value types the emitters write. */
export type TomlValue = string | boolean;

/** One table: `[a.b]`, `[[a.b]]` (an array-of-tables item) or the root (no header). */
export type TomlTable = {
  /** Dotted header parts, e.g. ['tool', 'dg', 'project']; empty for the root table. */
  readonly header: readonly string[];
  /** Written as `[[header]]`: one item of an array of tables. */
  readonly arrayItem?: boolean;
  /** Key/value pairs in insertion order. */
  readonly values: Readonly<Record<string, TomlValue>>;
};

/** Escapes TOML basic strings need; every other character is written as is. */
const SHORT_ESCAPES: Readonly<Record<string, string>> = {
  '"': '\\"',
  '\\': '\\\\',
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/** Lone UTF-16 surrogates cannot be written as UTF-8 (nor as a TOML `\u` escape). */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * `text` as a TOML basic string: quotes, backslashes and control characters (U+0000–U+001F,
 * U+007F) escaped, lone surrogates replaced by U+FFFD.
 */
export const tomlString = (text: string): string =>
  `"${text
    .replace(LONE_SURROGATE, '\uFFFD')
    // eslint-disable-next-line no-control-regex -- control characters are what must be escaped
    .replace(/["\\\u0000-\u001F\u007F]/g, (char) => {
      const short = SHORT_ESCAPES[char];
      return short ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
    })}"`;

/** A key: bare when TOML allows it (A-Z a-z 0-9 _ -), otherwise quoted. */
export const tomlKey = (key: string): string =>
  /^[A-Za-z0-9_-]+$/.test(key) ? key : tomlString(key);

const tomlValue = (value: TomlValue): string =>
  typeof value === 'boolean' ? String(value) : tomlString(value);

const tableLines = (table: TomlTable): string[] => {
  const header = table.header.map(tomlKey).join('.');
  const values = Object.entries(table.values).map(([k, v]) => `${tomlKey(k)} = ${tomlValue(v)}`);
  if (table.header.length === 0) return values;
  return [table.arrayItem === true ? `[[${header}]]` : `[${header}]`, ...values];
};

/** A comment stays on its line: control characters (line breaks included) become spaces. */
const commentLine = (line: string): string =>
  // eslint-disable-next-line no-control-regex -- TOML comments may not hold control characters but tab
  line === '' ? '#' : `# ${line.replace(/[\u0000-\u0008\u000A-\u001F\u007F\u2028\u2029]+/g, ' ')}`;

/**
 * A TOML document: `commentLines` as `#` comments, then each table (root first if given),
 * separated by blank lines. The root table must come first (TOML puts root keys before any
 * header); a later one throws.
 */
export const toToml = (
  tables: readonly TomlTable[],
  commentLines: readonly string[] = [],
): string => {
  tables.forEach((t, i) => {
    if (t.header.length === 0 && i > 0) throw new Error('The root table must come first.');
  });
  const blocks = [
    ...(commentLines.length > 0 ? [commentLines.map(commentLine)] : []),
    ...tables.map(tableLines),
  ];
  return `${blocks.map((b) => b.join('\n')).join('\n\n')}\n`;
};
