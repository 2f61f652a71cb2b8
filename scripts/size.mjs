#!/usr/bin/env node
// `npm run size`: the bundle budget (issue #4). Reads dist/ after `vite build`, prints every
// chunk's gzip size, and fails when the first screen or the whole app is over budget.
// First load = index.html plus every script, stylesheet and modulepreload it references.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET_FIRST_LOAD_KB = 90;
const BUDGET_TOTAL_KB = 260;

const kb = (bytes) => bytes / 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

let files;
try {
  files = walk(DIST).filter((f) => /\.(js|css|html)$/.test(f));
} catch {
  console.error('size: no dist/ folder; run `npm run build` first.');
  process.exit(1);
}

const html = readFileSync(join(DIST, 'index.html'), 'utf8');
const referenced = new Set(
  [...html.matchAll(/(?:src|href)="\/?([^"]+\.(?:js|css))"/g)].map((m) => join(DIST, m[1])),
);
referenced.add(join(DIST, 'index.html'));

const rows = files
  .map((f) => ({ file: relative(DIST, f), gzip: gz(f), first: referenced.has(f) }))
  .sort((a, b) => Number(b.first) - Number(a.first) || b.gzip - a.gzip);

console.log('gzip kB  first  file');
for (const r of rows) {
  console.log(`${kb(r.gzip).toFixed(1).padStart(7)}  ${r.first ? '  yes' : '     '}  ${r.file}`);
}
const first = rows.filter((r) => r.first).reduce((s, r) => s + r.gzip, 0);
const total = rows.reduce((s, r) => s + r.gzip, 0);
console.log(
  `\nfirst load: ${kb(first).toFixed(1)} kB (budget ${BUDGET_FIRST_LOAD_KB}); ` +
    `everything: ${kb(total).toFixed(1)} kB (budget ${BUDGET_TOTAL_KB})`,
);
let ok = true;
if (kb(first) > BUDGET_FIRST_LOAD_KB) {
  console.error(
    `size: first load is over budget by ${(kb(first) - BUDGET_FIRST_LOAD_KB).toFixed(1)} kB`,
  );
  ok = false;
}
if (kb(total) > BUDGET_TOTAL_KB) {
  console.error(`size: the app is over budget by ${(kb(total) - BUDGET_TOTAL_KB).toFixed(1)} kB`);
  ok = false;
}
if (!rows.some((r) => r.file.endsWith('.css'))) {
  console.error('size: no CSS file in dist/: styles must ship as CSS files, not inside JS');
  ok = false;
}
process.exit(ok ? 0 : 1);
