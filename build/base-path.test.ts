import { describe, expect, it } from 'vitest';

import { basePath } from './base-path';

describe('basePath (BASE_PATH at build time)', () => {
  it.each([
    [undefined, '/'],
    ['', '/'],
    ['/', '/'],
    ['/isolation-advisor/', '/isolation-advisor/'],
    ['/tools/isolation-advisor/', '/tools/isolation-advisor/'],
    ['/a.b_c~d-1/', '/a.b_c~d-1/'],
  ])('accepts %j as %j', (value, expected) => {
    expect(basePath(value)).toBe(expected);
  });

  it.each([
    ['no trailing slash', '/isolation-advisor'],
    ['no leading slash', 'isolation-advisor/'],
    ['relative', './'],
    ['a full URL', 'https://cdn.example/app/'],
    ['a double slash', '//evil.example/'],
    ['a dot segment', '/a/../b/'],
    ['a space', '/my app/'],
    ['a quote', '/a"b/'],
    ['a query', '/app/?x=1/'],
  ])('refuses %s (%j), saying what is allowed', (_name, value) => {
    expect(() => basePath(value)).toThrow(
      /must be an absolute path that starts and ends with "\/"/,
    );
  });
});
