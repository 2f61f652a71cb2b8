/**
 * Text inside a generated Markdown file: whatever it holds (a team called `# x`, a project called
 * `[a](javascript:alert(1))`, raw HTML), it renders as the same text, never as markup. CommonMark
 * lets any ASCII punctuation be escaped with a backslash; we escape the characters that can start
 * markup anywhere in a line, and those that do so at the start of one.
 */
import { printable } from './display';

/**
 * Characters that open emphasis, code, links, images, HTML, entities, tables or strikethrough, and
 * the `@` of an e-mail address that GitHub would turn into a link.
 */
const INLINE = /[\\`*_[\]<>&|~!@]/g;

/** Where bare links start: `//` (as in `https://`) and `www.`; an escape inside stops them. */
const AUTOLINK = /\/(?=\/)|(?<=\bwww)\./gi;

/** At the start of a line: a heading, quote, list item, thematic break or setext underline. */
const LINE_START = /^([#>+=-])|^(\d+)([.)])/;

/**
 * `text` as Markdown that renders as exactly `text` on one line: markup characters escaped, line
 * breaks and other unprintable characters shown as U+FFFD (so nothing can start a line of its own).
 */
export const markdownText = (text: string): string =>
  printable(text)
    .replace(INLINE, (c) => `\\${c}`)
    .replace(AUTOLINK, (c) => `\\${c}`)
    .replace(LINE_START, (_m, mark?: string, digits?: string, dot?: string) =>
      mark === undefined ? `${digits ?? ''}\\${dot ?? ''}` : `\\${mark}`,
    );

/** Characters a link destination in angle brackets cannot hold as they are. */
const UNSAFE_IN_LINK = /[\s<>\\`"'()[\]]/gu;

/**
 * A Markdown link `[text](<url>)` to an http(s) URL, or the URL as escaped text when it is
 * anything else (a `javascript:` link never becomes clickable). Characters that could end the
 * destination are percent-encoded; the link still opens the same page.
 */
export const markdownLink = (text: string, url: string): string => {
  const target = printable(url).replace(UNSAFE_IN_LINK, percentEncoded);
  return /^https?:\/\//i.test(target)
    ? `[${markdownText(text)}](<${target}>)`
    : `${markdownText(text)}: ${markdownText(url)}`;
};

/** `c` percent-encoded, including the characters encodeURIComponent leaves as they are. */
const percentEncoded = (c: string): string => {
  const encoded = encodeURIComponent(c);
  return encoded === c
    ? `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
    : encoded;
};
