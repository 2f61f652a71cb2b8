/**
 * The only place the emitters' YAML text is produced. Emitters build plain objects (key order =
 * insertion order) and this module serialises them the same way every time: two-space indent, no
 * line folding, no anchors/aliases, comments only before and after the document (a header, and an
 * optional footer such as a commented example the user may uncomment).
 *
 * The bytes are the `yaml` library's (v2, these options), written by `yaml-writer.ts`, which ports
 * the library's rules and is held to its bytes by yaml-writer.test.ts; so the results ship no YAML
 * library (16 kB). A document in a form the writer does not know (a key holding a document
 * marker, a keep-chomped block…) is a programmer error here: the emitters write none, and data
 * from outside (the import) goes through `toYamlAny` (to-yaml-any.ts), which falls back to the
 * library.
 */
import { commentPrefix, commentSuffix, Unsupported, writeYamlBody } from './yaml-writer';

/** The document comment the library writes `headerLines` from. */
export const commentOf = (headerLines: readonly string[]): string =>
  headerLines.map((line) => (line === '' ? '' : ` ${line}`)).join('\n');

/** The writer's text, or `undefined` when only the library can write this document. */
export const toYamlFast = (
  value: unknown,
  commentBefore: string,
  comment = '',
): string | undefined => {
  try {
    return `${commentPrefix(commentBefore)}${writeYamlBody(value)}\n${commentSuffix(comment)}`;
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
  const text = toYamlFast(value, commentOf(headerLines), commentOf(footerLines));
  if (text === undefined) {
    throw new Error('toYaml: a document the YAML writer does not handle (use toYamlAny)');
  }
  return text;
};
