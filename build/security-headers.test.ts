import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

import {
  CACHE_RULES,
  HOST_FILES,
  STYLE_HASH_PLACEHOLDER,
  headerContentSecurityPolicy,
  metaContentSecurityPolicy,
  netlifyHeaders,
  nginxHeaders,
  parsePolicy,
  securityHeaders,
} from './security-headers';

const HOSTING = new URL('../docs/hosting/', import.meta.url);
const read = (file: string): string => readFileSync(new URL(file, HOSTING), 'utf8');
const HASH = 'sha256-abc+/=';

/** The text of docs/hosting/README.md between `<!-- name -->` and the next marker. */
const section = (name: string): string => {
  const readme = read('README.md');
  const start = readme.indexOf(`<!-- ${name} -->`);
  if (start === -1) throw new Error(`README.md has no <!-- ${name} --> marker`);
  const end = readme.indexOf('<!--', start + 4);
  return readme.slice(start, end === -1 ? undefined : end);
};

/** `name: value` lines of a Netlify `_headers` block for `path`. */
const netlifyBlock = (text: string, path: string): Map<string, string> => {
  const lines = text.split('\n');
  const at = lines.indexOf(path);
  const headers = new Map<string, string>();
  for (const line of lines.slice(at + 1)) {
    const match = /^ {2}([\w-]+): (.*)$/.exec(line);
    if (match === null) break;
    headers.set(match[1] ?? '', match[2] ?? '');
  }
  return headers;
};

/** The nginx blocks (`location … {`), each with its own directives (not its nested blocks'). */
const nginxBlocks = (conf: string): { name: string; directives: string[] }[] => {
  const blocks: { name: string; directives: string[] }[] = [];
  const stack: { name: string; directives: string[] }[] = [];
  for (const raw of conf.split('\n')) {
    const line = raw.replace(/#.*$/, '').trim();
    if (line.endsWith('{')) {
      const block = { name: line.slice(0, -1).trim(), directives: [] };
      stack.push(block);
      blocks.push(block);
    } else if (line === '}') stack.pop();
    else if (line !== '') stack.at(-1)?.directives.push(line);
  }
  return blocks;
};

describe('the documented headers (docs/hosting/README.md) are the ones the build writes', () => {
  it('documents the Content-Security-Policy header, directive for directive', () => {
    const documented = /Content-Security-Policy: (.+)/.exec(section('csp'))?.[1] ?? '';
    expect(documented).toBe(headerContentSecurityPolicy(STYLE_HASH_PLACEHOLDER));
  });

  it('documents every other header with its value', () => {
    const rows = [...section('headers').matchAll(/^\| `([\w-]+)` \| `([^`]+)` \|/gm)].map((m) => [
      m[1],
      m[2],
    ]);
    expect(rows).toEqual(
      securityHeaders(null).filter(([name]) => name !== 'Content-Security-Policy'),
    );
  });
});

describe('the host files the build writes', () => {
  it.each(['/', '/isolation-advisor/'])(
    '_headers sends every security header on every path under %s',
    (base) => {
      const headers = netlifyBlock(netlifyHeaders(base, HASH), `${base}*`);
      expect([...headers]).toEqual(securityHeaders(HASH));
    },
  );

  it.each([
    ['the hashed assets', 'assets/*', CACHE_RULES.immutable.value],
    ['the page', '', CACHE_RULES.revalidate.value],
    ['index.html', 'index.html', CACHE_RULES.revalidate.value],
    ['the service worker', 'sw.js', CACHE_RULES.revalidate.value],
  ])('_headers gives %s its cache rule', (_name, path, value) => {
    const headers = netlifyBlock(
      netlifyHeaders('/isolation-advisor/', HASH),
      `/isolation-advisor/${path}`,
    );
    expect(headers.get('Cache-Control')).toBe(value);
  });

  it('the nginx file adds every security header, to error pages too', () => {
    const lines = nginxHeaders(HASH)
      .split('\n')
      .filter((l) => l.startsWith('add_header'));
    expect(lines).toEqual(
      securityHeaders(HASH).map(([name, value]) => `add_header ${name} "${value}" always;`),
    );
  });

  it('the header policy is the page’s own plus frame-ancestors, which only a header can carry', () => {
    const header = parsePolicy(headerContentSecurityPolicy(HASH));
    const meta = parsePolicy(metaContentSecurityPolicy(HASH));
    expect(new Map([...header].filter(([name]) => name !== 'frame-ancestors'))).toEqual(meta);
    expect(header.get('frame-ancestors')).toEqual(["'none'"]);
    expect(meta.get('style-src')).toEqual(["'self'", `'${HASH}'`]);
  });
});

describe('docs/hosting/nginx.conf', () => {
  const blocks = nginxBlocks(read('nginx.conf'));
  const app = blocks.filter((b) => b.name.startsWith('location /isolation-advisor/'));

  it('includes the file the build writes in every location that adds a header', () => {
    const adding = blocks.filter((b) => b.directives.some((d) => d.startsWith('add_header')));
    expect(adding.length).toBeGreaterThanOrEqual(2);
    for (const block of adding) {
      expect(block.directives).toContain(`include /srv/www/isolation-advisor/${HOST_FILES.nginx};`);
    }
  });

  it.each([
    ['the app', 'location /isolation-advisor/', CACHE_RULES.revalidate.value],
    ['the hashed assets', 'location /isolation-advisor/assets/', CACHE_RULES.immutable.value],
  ])('gives %s its cache rule', (_name, location, value) => {
    const block = app.find((b) => b.name === location);
    expect(block?.directives).toContain(`add_header Cache-Control "${value}" always;`);
  });

  it('does not serve the host files', () => {
    const hidden = blocks.find((b) => b.name.startsWith('location ~ ^/isolation-advisor/('));
    for (const file of Object.values(HOST_FILES))
      expect(hidden?.name).toContain(file.replaceAll('.', '\\.'));
    expect(hidden?.directives).toEqual(['return 404;']);
  });
});

describe('docs/hosting/netlify.toml', () => {
  it('publishes dist/, where the build writes _headers', () => {
    expect(read('netlify.toml')).toMatch(/^\s*publish = "dist"$/m);
    expect(HOST_FILES.netlify).toBe('_headers');
  });
});
