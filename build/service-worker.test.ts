import { describe, expect, it } from 'vitest';

import { HOST_FILE_NAMES } from './security-headers';
import { precacheManifest } from './service-worker';

const BUILD = new Map<string, string>([
  ['index.html', '<html>'],
  ['assets/index-abc.js', 'js'],
  ['assets/index-abc.css', 'css'],
  ['favicon.svg', '<svg>'],
  ['.vite/manifest.json', '{}'],
  ['sw.js', 'old worker'],
  ...HOST_FILE_NAMES.map((name): [string, string] => [name, 'headers']),
]);

describe('precacheManifest: what the service worker keeps offline', () => {
  it('lists the app and nothing else: not the Vite manifest, the host files or the worker', () => {
    expect(precacheManifest(BUILD).files).toEqual([
      'assets/index-abc.css',
      'assets/index-abc.js',
      'favicon.svg',
      'index.html',
    ]);
  });

  it.each([
    ['index.html changes', 'index.html', '<html lang="en">'],
    ['a chunk changes', 'assets/index-abc.js', 'js2'],
    ['a public file changes', 'favicon.svg', '<svg/>'],
  ])('gets a new version when %s, so browsers install the new build', (_name, file, content) => {
    const changed = new Map(BUILD).set(file, content);
    expect(precacheManifest(changed).version).not.toBe(precacheManifest(BUILD).version);
  });

  it('keeps its version when only files it does not list change', () => {
    const changed = new Map(BUILD).set('.vite/manifest.json', '{"x":1}').set('_headers', 'other');
    expect(precacheManifest(changed).version).toBe(precacheManifest(BUILD).version);
  });

  it('gets a new version when a file is added', () => {
    const changed = new Map(BUILD).set('assets/new-chunk.js', 'js');
    expect(precacheManifest(changed).version).not.toBe(precacheManifest(BUILD).version);
  });
});
