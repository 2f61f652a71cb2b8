import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import { decodeShareState, encodeShareState } from './codec';
import { shareKeysMarkdown } from './share-keys';

const README = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');

describe('the README documents the share link the code implements', () => {
  it('has the key table exactly as the codec describes it', () => {
    expect(README).toContain(shareKeysMarkdown());
  });

  it('shows an example link that decodes cleanly and encodes back to itself', () => {
    const example = /^#(v=1&[^\s`]+)$/m.exec(README)?.[1];
    expect(example).toBeDefined();
    const decoded = decodeShareState(example ?? '');
    expect(decoded.problems).toEqual([]);
    expect(encodeShareState(decoded.answers)).toBe(example);
  });
});
