/**
 * The security headers (issues #4 and #14), in one table that every copy comes from: the CSP
 * `<meta>` the build puts in index.html, the headers `vite preview` sends, and the host files the
 * build writes into `dist/` (`_headers` for Netlify and Cloudflare Pages, an `add_header` file for
 * nginx), which docs/hosting/ tells hosts to use. Only the style hash changes between builds: the
 * first screen's stylesheet is inlined into index.html and allowed by its SHA-256, so a host
 * config with a hand-copied policy would break at the next CSS change; the build writes the files
 * instead, with the hash of that very build.
 */

/** Stands for the inlined stylesheet's hash where no build is at hand (docs/hosting/README.md). */
export const STYLE_HASH_PLACEHOLDER = 'sha256-<hash-of-the-inlined-stylesheet>';

/**
 * The policy a `<meta>` can carry: no inline script, no eval, nothing from another origin.
 * React's `style={}` props set CSSOM properties, which `style-src 'self'` allows. The service worker
 * (src/service-worker) is a same-origin script: with no `worker-src`, browsers apply `script-src`
 * ('self') to it, so the policy needs no directive of its own for it (and index.html no more bytes).
 */
const META_DIRECTIVES = (styleHash: string | null): readonly string[] => [
  "default-src 'self'",
  "script-src 'self'",
  styleHash === null ? "style-src 'self'" : `style-src 'self' '${styleHash}'`,
  "img-src 'self' data: blob:",
  "connect-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
];

/** Directives that only work as a header (a `<meta>` copy would log a console error). */
const HEADER_ONLY_DIRECTIVES: readonly string[] = ["frame-ancestors 'none'"];

/** The CSP of the built page's `<meta>`, for a stylesheet hash like `sha256-…` (null: none). */
export const metaContentSecurityPolicy = (styleHash: string | null): string =>
  META_DIRECTIVES(styleHash).join('; ');

/** The CSP a server sends as a header: the `<meta>` one plus the header-only directives. */
export const headerContentSecurityPolicy = (styleHash: string | null): string =>
  [...META_DIRECTIVES(styleHash), ...HEADER_ONLY_DIRECTIVES].join('; ');

/** Every response's headers. HSTS is left to the host: it binds the whole host name, not a path. */
export const securityHeaders = (
  styleHash: string | null,
): readonly (readonly [string, string])[] => [
  ['Content-Security-Policy', headerContentSecurityPolicy(styleHash)],
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  // For browsers without `frame-ancestors`.
  ['X-Frame-Options', 'DENY'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/**
 * How long a file may be cached: the hashed files under assets/ never change; index.html and the
 * service worker must be checked every time, so a new build reaches users at their next visit.
 */
export const CACHE_RULES = {
  immutable: { paths: ['assets/*'], value: 'public, max-age=31536000, immutable' },
  revalidate: { paths: ['', 'index.html', 'sw.js'], value: 'no-cache' },
} as const;

/** Names of the host files the build writes into `dist/` (docs/hosting/ refers to them). */
export const HOST_FILES = {
  netlify: '_headers',
  nginx: 'security-headers.nginx.conf',
} as const;

/** The files a hosted copy must not cache or serve from the service worker. */
export const HOST_FILE_NAMES: readonly string[] = Object.values(HOST_FILES);

/**
 * `_headers` (Netlify, Cloudflare Pages): the security headers on every path under `base`, and the
 * cache rules. It must sit at the root of the published folder.
 */
export const netlifyHeaders = (base: string, styleHash: string): string => {
  const block = (path: string, headers: readonly (readonly [string, string])[]): string[] => [
    path,
    ...headers.map(([name, value]) => `  ${name}: ${value}`),
  ];
  return [
    '# Written by `npm run build` (build/security-headers.ts) for this build: its CSP allows the',
    '# inlined stylesheet by hash. Netlify and Cloudflare Pages read this file from the root of the',
    '# published folder. See docs/hosting/README.md.',
    ...block(`${base}*`, securityHeaders(styleHash)),
    ...CACHE_RULES.immutable.paths.flatMap((p) =>
      block(`${base}${p}`, [['Cache-Control', CACHE_RULES.immutable.value]]),
    ),
    ...CACHE_RULES.revalidate.paths.flatMap((p) =>
      block(`${base}${p}`, [['Cache-Control', CACHE_RULES.revalidate.value]]),
    ),
    '',
  ].join('\n');
};

/**
 * The nginx `add_header` lines, for an `include` in each `location` that serves the app (nginx
 * drops inherited `add_header`s in a block that has its own). `always` adds them to error pages
 * too.
 */
export const nginxHeaders = (styleHash: string): string =>
  [
    '# Written by `npm run build` (build/security-headers.ts) for this build: its CSP allows the',
    '# inlined stylesheet by hash. Include it in every location that serves the app, and reload',
    '# nginx after each deploy. See docs/hosting/nginx.conf.',
    ...securityHeaders(styleHash).map(([name, value]) => `add_header ${name} "${value}" always;`),
    '',
  ].join('\n');

/**
 * Reads a policy's directives as a map of name → values, for comparing policies whatever their
 * spacing or order.
 */
export const parsePolicy = (policy: string): ReadonlyMap<string, readonly string[]> =>
  new Map(
    policy
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0] !== undefined && parts[0] !== '')
      .map(([name = '', ...values]) => [name, values]),
  );
