/**
 * Scalars that a YAML 1.1 reader would not read back as the same string. The dagster-cloud CLI
 * reads dagster_cloud.yaml with PyYAML and Helm reads values with Go's YAML, both YAML 1.1: there
 * `location_name: yes` is the boolean true, `deployments: [off]` a list of false, `1:20` the
 * number 80, `2001-12-14` a date, `<<` a merge and `=` an error; U+0085 (NEL), U+2028 and U+2029
 * are line breaks, so a name holding one splits its line (and can add a key). Every string our
 * files hold (keys too) that could read otherwise is written double-quoted, with every control
 * and line-break character escaped. Both YAML writers (yaml-writer.ts and the
 * library through to-yaml.ts) use these two functions, so they agree byte for byte.
 */

/**
 * Words YAML 1.1 resolves to booleans or null (PyYAML: yes/no/true/false/on/off/null/~; Go yaml.v2
 * adds y/n), in any letter case, the empty string, and the merge key `<<` and value key `=`.
 */
const YAML11_WORDS = /^(?:y|n|yes|no|on|off|true|false|null|~|=|<<|)$/i;
/**
 * Anything that starts like a number and holds only what numbers, dates and times are made of
 * (digits, hex digits, `_ . : + -`, `x o p` of `0x`, `0o`, hex floats, `t z` of timestamps; so
 * Kubernetes quantities such as `250m` or `1Gi` stay plain):
 * YAML 1.1 integers (`017` octal, `0b1`, `0x1f`, `1_000`, `1:20` base 60), floats (`1.`, `.5`,
 * `1e5` in Go, `.` itself, which the YAML 1.1 spec's float pattern matches, and `e0`, which the
 * `yaml` library's YAML 1.1 schema reads as a number), timestamps (`2001-12-14`,
 * `2001-12-14 21:59:43.10 -5`) and infinities / NaN.
 */
const YAML11_NUMBERISH =
  /^[-+]?(?:[0-9]|\.[0-9])[0-9a-f_.:+\-xoptz]*$|^[-+]?\.[0-9._]*$|^[-+]?\.?e[-+]?[0-9]+$|^[-+]?\.(?:inf|nan)$|^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:[Tt\t ]|$)/i;
/**
 * C0 controls other than newline (a tab too: PyYAML refuses one in a plain scalar), DEL, C1 (NEL
 * among them), the line and paragraph separators, the byte-order mark and lone surrogates.
 */
const UNSAFE_CHARACTER =
  // eslint-disable-next-line no-control-regex -- the very characters this must find
  /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\u{D800}-\u{DFFF}]/u;

/** Whether `value` must be written as `quoteYaml11(value)` to read back as itself under YAML 1.1. */
export const needsYaml11Quotes = (value: string): boolean =>
  YAML11_WORDS.test(value) || YAML11_NUMBERISH.test(value) || UNSAFE_CHARACTER.test(value);

/** Characters JSON.stringify leaves as they are but YAML 1.1 would not read back. */
const RAW_AFTER_JSON = /[\u007f-\u009f\u2028\u2029\ufeff]/g;

const escapeOne = (ch: string): string => {
  const code = ch.charCodeAt(0);
  return code <= 0xff ? `\\x${code.toString(16)}` : `\\u${code.toString(16)}`;
};

/**
 * `value` as a one-line double-quoted YAML scalar that YAML 1.1 and 1.2 readers both read back as
 * `value`: JSON's escapes (all valid YAML), plus `\xNN` / `\uNNNN` for the characters JSON leaves
 * raw (DEL, C1, the line separators, the byte-order mark).
 */
export const quoteYaml11 = (value: string): string =>
  JSON.stringify(value).replace(RAW_AFTER_JSON, escapeOne);
