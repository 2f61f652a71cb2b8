/**
 * markdownText and markdownLink, checked by a renderer we did not write (markdown-it with raw HTML
 * and bare-URL links on): escaped text renders as exactly itself, inline and as a whole line.
 */
import fc from 'fast-check';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';

import { printable } from './display';
import { markdownLink, markdownText } from './markdown';

const parser = new MarkdownIt({ html: true, linkify: true });
const inline = (md: string): string => parser.renderInline(md);
/** A paragraph of `md` on a line of its own, without the <p> around it. */
const block = (md: string): string => parser.render(md).replace(/^<p>|<\/p>\n$/g, '');
const asHtml = (text: string): string => parser.utils.escapeHtml(printable(text));

/** Text made of the characters Markdown reads as markup, letters, digits and spaces. */
const arbMarkupText = fc.string({
  unit: fc.constantFrom(
    ...'#*_`[]()<>!&|~-+=.:/@\\ \t1aw'.split(''),
    'www.',
    'https://',
    '&amp;',
    '\n',
    '\u202e',
  ),
  maxLength: 40,
});

describe('markdownText', () => {
  it.each([
    ['# x', '\\# x'],
    ['[a](javascript:alert(1))', '\\[a\\](javascript:alert(1))'],
    ['<b>', '\\<b\\>'],
    ['1. first', '1\\. first'],
    ['- item', '\\- item'],
    ['a_b_c', 'a\\_b\\_c'],
    ['see https://x.example', 'see https:\\//x.example'],
    ['www.x.example', 'www\\.x.example'],
    ['two\nlines', 'two\uFFFDlines'],
    ['ml-training', 'ml-training'],
  ])('%j is written as %j', (text, markdown) => {
    expect(markdownText(text)).toBe(markdown);
  });

  it('renders as exactly the text it was given, inline and on a line of its own', () => {
    fc.assert(
      fc.property(arbMarkupText, (text) => {
        const md = markdownText(text);
        expect(inline(md)).toBe(asHtml(text));
        if (printable(text).trim() === printable(text) && text.length > 0) {
          expect(block(md)).toBe(asHtml(text));
        }
      }),
      { numRuns: 2000 },
    );
  });
});

describe('markdownLink', () => {
  it.each([
    ['https://advisor.example/#v=1&p=a.b.c', 'https://advisor.example/#v=1&p=a.b.c'],
    ['http://127.0.0.1:4173/#v=1', 'http://127.0.0.1:4173/#v=1'],
    [
      'https://a.example/x) [y](javascript:z)',
      'https://a.example/x%29%20%5By%5D%28javascript:z%29',
    ],
    ['https://a.example/<x>\n', 'https://a.example/%3Cx%3E%EF%BF%BD'],
  ])('%j links to %j', (url, href) => {
    const html = inline(markdownLink('Reopen', url));
    expect(html).toBe(`<a href="${parser.utils.escapeHtml(href)}">Reopen</a>`);
  });

  it.each(['javascript:alert(1)', 'data:text/html,x', '//evil.example/'])(
    '%j is shown as text, never as a link',
    (url) => {
      expect(inline(markdownLink('Reopen', url))).not.toContain('<a');
    },
  );
});
