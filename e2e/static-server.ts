import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { Socket } from 'node:net';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.json': 'application/json',
};

/** The files a host must not serve (docs/hosting/nginx.conf hides them too). */
const HIDDEN = new Set(['_headers', 'security-headers.nginx.conf']);

/**
 * Rules of a Netlify-style `_headers` file: a path (exact, or ending in `*`) and its headers.
 * Every matching rule applies, as on Netlify.
 */
const readHeaderRules = (root: string): { path: string; headers: [string, string][] }[] => {
  const rules: { path: string; headers: [string, string][] }[] = [];
  for (const line of readFileSync(join(root, '_headers'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.trim() === '') continue;
    const header = /^\s+([\w-]+):\s*(.*)$/.exec(line);
    if (header === null) rules.push({ path: line.trim(), headers: [] });
    else rules.at(-1)?.headers.push([header[1] ?? '', header[2] ?? '']);
  }
  return rules;
};

const matches = (pattern: string, path: string): boolean =>
  pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : pattern === path;

export type StaticServer = {
  /** e.g. http://127.0.0.1:40123 */
  readonly origin: string;
  /** Paths requested so far. */
  readonly requests: string[];
  /** Serves another build (a deploy). */
  serve: (root: string) => void;
  /** Refuses every connection (the network is gone), or answers again. */
  setDown: (down: boolean) => void;
  close: () => Promise<void>;
};

/**
 * A plain static server, as a host would be: the build under `base`, with the headers of the
 * build's own `_headers` file (the one docs/hosting/ tells Netlify and Cloudflare Pages to use),
 * and nothing else: no fallback page, 404 for anything that is not a file.
 */
export const startStaticServer = async (root: string, base: string): Promise<StaticServer> => {
  let current = root;
  let rules = readHeaderRules(current);
  let down = false;
  const requests: string[] = [];
  const sockets = new Set<Socket>();

  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    requests.push(path);
    if (down) {
      req.socket.destroy();
      return;
    }
    const relative = path.startsWith(base) ? path.slice(base.length) : null;
    const file =
      relative === null
        ? null
        : normalize(join(current, relative === '' ? 'index.html' : relative));
    if (
      relative === null ||
      file === null ||
      HIDDEN.has(relative) ||
      !file.startsWith(current) ||
      !existsSync(file) ||
      !statSync(file).isFile()
    ) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    for (const rule of rules) {
      if (matches(rule.path, path))
        for (const [name, value] of rule.headers) res.setHeader(name, value);
    }
    res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
    res.end(readFileSync(file));
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('no port');

  return {
    origin: `http://127.0.0.1:${address.port}`,
    requests,
    serve: (next) => {
      current = next;
      rules = readHeaderRules(current);
    },
    setDown: (value) => {
      down = value;
      // Keep-alive connections would otherwise still answer.
      if (down) for (const socket of sockets) socket.destroy();
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => {
          resolve();
        });
      }),
  };
};
