// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { breakablePath, withCode } from './rich-text';

describe('withCode', () => {
  it.each([
    ['plain text', 'plain text', []],
    ['set `agent_queue` here', 'set agent_queue here', ['agent_queue']],
    ['`a` and `b`', 'a and b', ['a', 'b']],
    ['an unpaired ` stays', 'an unpaired ` stays', []],
    ['`x` then an unpaired `', 'x then an unpaired `', ['x']],
  ])('%j reads %j with code %j', (text, shown, code) => {
    const { container } = render(<p>{withCode(text)}</p>);
    expect(container.textContent).toBe(shown);
    expect([...container.querySelectorAll('code')].map((c) => c.textContent)).toEqual(code);
  });
});

describe('breakablePath', () => {
  it.each([
    ['SETUP.md', 0],
    ['dagster-analytics/.github/workflows/dagster-cloud-deploy.yml', 3],
  ])('%j keeps its text and may break after each of its %d slashes', (path, breaks) => {
    const { container } = render(<span>{breakablePath(path)}</span>);
    expect(container.textContent).toBe(path);
    expect(container.querySelectorAll('wbr')).toHaveLength(breaks);
    for (const wbr of container.querySelectorAll('wbr')) {
      expect(wbr.previousSibling?.textContent).toBe('/');
    }
  });
});
