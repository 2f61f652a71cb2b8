/**
 * CODEOWNERS / gitignore patterns matched in linear time, with no regular expression built from
 * the pattern: a pattern compiles to a small nondeterministic automaton (at most two states per
 * pattern character) that reads a path once, keeping the set of states it can be in (Thompson's
 * construction, as RE2 does). Matching costs at most `states × (path length + 1)` steps, whatever
 * the pattern: `*************************Z` against 40 `a`s is about two thousand steps, where a
 * backtracking regular expression took minutes.
 *
 * Semantics (what `parse-codeowners.ts` had as a regular expression, unchanged):
 * - `*` matches any run of characters except `/`; `?` one character except `/`;
 * - `**` matches anything, `**` followed by `/` matches zero or more whole folders;
 * - a pattern with a `/` (other than a trailing one) is anchored at the repository root, a leading
 *   `/` is dropped; any other pattern may match after any folder;
 * - a trailing `/` is dropped; a match also covers everything below it.
 */

/** What an edge reads: a character code, or one of these classes. */
const ANY = -1;
const NOT_SLASH = -2;
const NONE = -3;
const SLASH = '/'.charCodeAt(0);

/**
 * A compiled pattern. Each state has at most two reading edges (`edges`: read, target, read,
 * target) and two skips (`skips`), -3 / -1 where absent; `accept` is reached when the whole path
 * matched. A wildcard-free pattern (most CODEOWNERS lines) is matched as text instead.
 */
export type CompiledPattern = {
  readonly size: number;
  readonly edges: Int32Array;
  readonly skips: Int32Array;
  readonly accept: number;
  readonly literal: { readonly text: string; readonly anchored: boolean } | null;
  /** Text every matching path starts with (anchored patterns), or "". */
  readonly prefix: string;
};

type Piece = number | 'star' | 'globstar' | 'any-folders' | 'one';

const piecesOf = (pattern: string): { pieces: Piece[]; anchored: boolean } => {
  let p = pattern;
  if (p.endsWith('/')) p = p.slice(0, -1);
  const anchored = p.startsWith('/') || p.includes('/');
  if (p.startsWith('/')) p = p.slice(1);
  const pieces: Piece[] = [];
  for (let i = 0; i < p.length; i++) {
    const c = p.charAt(i);
    if (c === '*' && p.charAt(i + 1) === '*') {
      const slashAfter = p.charAt(i + 2) === '/';
      pieces.push(slashAfter ? 'any-folders' : 'globstar');
      i += slashAfter ? 2 : 1;
    } else if (c === '*') pieces.push('star');
    else if (c === '?') pieces.push('one');
    else pieces.push(p.charCodeAt(i));
  }
  return { pieces, anchored };
};

/**
 * Compiles a pattern. The automaton reads the path from its start and accepts when the pattern
 * matched all of it, or all of it up to a `/` (everything below a match is covered).
 */
export const compilePattern = (pattern: string): CompiledPattern => {
  const { pieces, anchored } = piecesOf(pattern);
  const edges: number[] = [];
  const skips: number[] = [];
  const add = (): number => {
    edges.push(NONE, 0, NONE, 0);
    skips.push(-1, -1);
    return skips.length / 2 - 1;
  };
  const edge = (from: number, reads: number, to: number): void => {
    const slot = edges[from * 4] === NONE ? from * 4 : from * 4 + 2;
    edges[slot] = reads;
    edges[slot + 1] = to;
  };
  const skip = (from: number, to: number): void => {
    skips[skips[from * 2] === -1 ? from * 2 : from * 2 + 1] = to;
  };

  // `(?:.*/)?` before an unanchored pattern and for every `**/`: skip it, or read anything in a
  // loop state and leave it through a `/`.
  const anyFolders = (from: number): number => {
    const loop = add();
    const next = add();
    skip(from, next);
    skip(from, loop);
    edge(loop, ANY, loop);
    edge(loop, SLASH, next);
    return next;
  };

  let current = add();
  if (!anchored) current = anyFolders(current);
  for (const piece of pieces) {
    if (piece === 'any-folders') {
      current = anyFolders(current);
    } else if (piece === 'star' || piece === 'globstar') {
      const next = add();
      skip(current, next);
      edge(current, piece === 'star' ? NOT_SLASH : ANY, current);
      current = next;
    } else {
      const next = add();
      edge(current, piece === 'one' ? NOT_SLASH : piece, next);
      current = next;
    }
  }
  // `(?:/.*)?`: the match may go on below the matched path.
  const below = add();
  const accept = add();
  skip(current, accept);
  edge(current, SLASH, below);
  skip(below, accept);
  edge(below, ANY, below);

  let text = '';
  let wildcard = false;
  for (const piece of pieces) {
    if (typeof piece !== 'number') {
      wildcard = true;
      break;
    }
    text += String.fromCharCode(piece);
  }
  return {
    size: skips.length / 2,
    edges: Int32Array.from(edges),
    skips: Int32Array.from(skips),
    accept,
    literal: wildcard ? null : { text, anchored },
    prefix: anchored ? text : '',
  };
};

/** A wildcard-free pattern: the path is it, or starts with it as folders (after any folders). */
const matchLiteral = ({ text, anchored }: { text: string; anchored: boolean }, path: string) => {
  if (path === text || path.startsWith(`${text}/`)) return true;
  if (anchored) return false;
  // Unanchored: the text may also start after any `/` of the path.
  for (let at = path.indexOf(`/${text}`); at >= 0; at = path.indexOf(`/${text}`, at + 1)) {
    const end = at + 1 + text.length;
    if (end === path.length || path.charAt(end) === '/') return true;
  }
  return false;
};

/** Steps `matchPattern` may take on a path of `pathLength` characters (its work bound). */
export const matchCost = (compiled: CompiledPattern, pathLength: number): number => {
  const { literal } = compiled;
  if (literal === null) return compiled.size * (pathLength + 1);
  // Two prefix comparisons, and for an unanchored text a search per `/`.
  return literal.anchored ? pathLength + 1 : (literal.text.length + 1) * (pathLength + 1);
};

const reads = (what: number, c: number): boolean =>
  what === ANY || (what === NOT_SLASH ? c !== SLASH : what === c);

/**
 * Whether the compiled pattern matches `path` (slash-separated, relative to the root). Reads each
 * character once and enters each state at most once per character: never more than
 * `matchCost(compiled, path.length)` steps.
 */
export const matchPattern = (
  compiled: CompiledPattern,
  path: string,
  /** Counts the states entered (tests hold it to `matchCost`). */
  stats?: { steps: number },
): boolean => {
  const { size, edges, skips, accept, literal, prefix } = compiled;
  if (literal !== null) {
    if (stats !== undefined) stats.steps += path.length + 1;
    return matchLiteral(literal, path);
  }
  if (!path.startsWith(prefix)) {
    if (stats !== undefined) stats.steps += prefix.length + 1;
    return false;
  }
  const entered = new Int32Array(size).fill(-1);
  let active = new Int32Array(size);
  let next = new Int32Array(size);
  const stack = new Int32Array(size);
  let activeCount = 0;
  let steps = 0;
  /** Adds `state` and every state its skips reach to `list`, once per `step`. */
  const enter = (list: Int32Array, count: number, state: number, step: number): number => {
    if (entered[state] === step) return count;
    entered[state] = step;
    let top = 0;
    stack[top++] = state;
    let n = count;
    while (top > 0) {
      const s = stack[--top] ?? 0;
      list[n++] = s;
      steps += 1;
      for (let k = 0; k < 2; k++) {
        const t = skips[s * 2 + k] ?? -1;
        if (t >= 0 && entered[t] !== step) {
          entered[t] = step;
          stack[top++] = t;
        }
      }
    }
    return n;
  };
  activeCount = enter(active, 0, 0, 0);
  for (let i = 0; i < path.length && activeCount > 0; i++) {
    const c = path.charCodeAt(i);
    let nextCount = 0;
    for (let a = 0; a < activeCount; a++) {
      const s = active[a] ?? 0;
      for (let k = 0; k < 4; k += 2) {
        const what = edges[s * 4 + k] ?? NONE;
        if (what !== NONE && reads(what, c)) {
          nextCount = enter(next, nextCount, edges[s * 4 + k + 1] ?? 0, i + 1);
        }
      }
    }
    [active, next] = [next, active];
    activeCount = nextCount;
  }
  if (stats !== undefined) stats.steps += steps;
  for (let a = 0; a < activeCount; a++) if (active[a] === accept) return true;
  return false;
};
