/**
 * Showing text that came from outside (a link, a pasted file) in a message or on screen: every
 * character that would be invisible or would change how the text around it reads is replaced by
 * U+FFFD "�", so `invoice‮fdp.exe` shows as `invoice�fdp.exe`, not reversed. The share-link reader
 * and the import use the same rule.
 */

/** Longest key or value shown in a share-link message, in characters. */
export const MAX_DISPLAY_LENGTH = 48;

/**
 * Control characters (C0, DEL, C1), line and paragraph separators, bidirectional marks, embeddings,
 * overrides and isolates, and invisible formatting characters (soft hyphen, zero-width spaces and
 * joiners, word joiner and invisible operators, Hangul fillers, byte-order mark, interlinear
 * annotations, tag characters).
 */
const INVISIBLE =
  '\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}';
// eslint-disable-next-line no-misleading-character-class -- each on its own is the point
const UNPRINTABLE = new RegExp(`[\\u0000-\\u001f\\u007f-\\u009f${INVISIBLE}]`, 'gu');

/** `text` with every unprintable character (see UNPRINTABLE) replaced by U+FFFD. */
export const printable = (text: string): string => text.replace(UNPRINTABLE, '\uFFFD');

/** A raw key or value, shortened to `max` characters (then "…") and made printable. */
export const displayValue = (raw: string, max = MAX_DISPLAY_LENGTH): string => {
  const short = raw.length > max ? `${raw.slice(0, max).replace(/[\uD800-\uDBFF]$/, '')}…` : raw;
  return printable(short);
};

/** Whitespace, controls, line breaks, invisible characters and lone surrogates in a link. */
const URL_UNSAFE = new RegExp(
  // eslint-disable-next-line no-misleading-character-class -- each on its own is the point
  `[\\s\\u0000-\\u001f\\u007f-\\u009f${INVISIBLE}\\u{D800}-\\u{DFFF}]`,
  'gu',
);

/**
 * A link written into a file or shown as text: every space, control, line break (NEL, U+2028 and
 * U+2029 too) and invisible character percent-encoded, so it stays one visible line and still
 * opens the same page (a lone surrogate, which no URL can hold, becomes %EF%BF%BD, "�").
 */
export const urlText = (url: string): string =>
  url.replace(URL_UNSAFE, (ch) =>
    /^[\uD800-\uDFFF]$/.test(ch) ? '%EF%BF%BD' : encodeURIComponent(ch),
  );
