import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { printable } from './display';

describe('printable', () => {
  it.each([
    ['printable ASCII', 'location "ingest" ~ ok', 'location "ingest" ~ ok'],
    ['a right-to-left override', 'invoice\u202Efdp.exe', 'invoice\uFFFDfdp.exe'],
    ['DEL, the one ASCII control above "~"', 'a\u007Fb', 'a\uFFFDb'],
    ['a tab and a line feed', 'a\tb\nc', 'a\uFFFDb\uFFFDc'],
    ['NEL (C1)', 'a\u0085b', 'a\uFFFDb'],
    ['a zero-width space', 'a\u200Bb', 'a\uFFFDb'],
    ['a tag character (astral)', 'a\u{E0041}b', 'a\uFFFDb'],
    ['accented letters and emoji, kept', 'équipe 😀', 'équipe 😀'],
    ['the empty text', '', ''],
  ])('%s', (_case, text, shown) => {
    expect(printable(text)).toBe(shown);
  });

  it('gives what the Unicode-aware replace alone gives, for any text', () => {
    // The reference: the rule without the printable-ASCII shortcut.
    const unprintable = new RegExp(
      // eslint-disable-next-line no-misleading-character-class, no-control-regex -- each on its own is the point
      '[\\u0000-\\u001f\\u007f-\\u009f\\u00ad\\u034f\\u061c\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u206f\\u3164\\ufeff\\uffa0\\ufff9-\\ufffb\\u{e0000}-\\u{e007f}]',
      'gu',
    );
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.string({ unit: 'grapheme-ascii' }),
          // Mostly printable ASCII with, now and then, one character on either side of the rule.
          fc.string({
            unit: fc.oneof(
              { weight: 20, arbitrary: fc.constantFrom('a', ' ', '~', '/') },
              fc.constantFrom('\u007f', '\u0085', '\u202e', '\t', 'é', '\u{e0041}'),
            ),
          }),
        ),
        (text) => {
          expect(printable(text)).toBe(text.replace(unprintable, '\uFFFD'));
        },
      ),
      { numRuns: 2000 },
    );
  });
});
