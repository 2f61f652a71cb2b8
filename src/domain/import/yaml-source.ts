/**
 * The import's one doorway to the YAML library: parse text keeping line numbers, and walk mappings
 * as (key, key line, value node) triples. Nothing here throws on any input.
 */
import {
  Composer,
  CST,
  isAlias,
  isMap,
  isNode,
  isPair,
  isScalar,
  isSeq,
  Lexer,
  LineCounter,
  Parser,
  YAMLParseError,
} from 'yaml';
import type { Document, Node } from 'yaml';

/** A problem with the text; `fix` when the usual one (indentation, quoting) is not it. */
export type YamlError = {
  message: string;
  line: number | null;
  fix?: string;
  /** Set when the text is more than the import reads (MAX_YAML_TOKENS), not wrong YAML. */
  tooLarge?: true;
};

/** A parsed YAML text: the root node, its plain-JS value and a line lookup. */
export type YamlSource = {
  root: unknown;
  /** `toJS()` of the document (made when first read), or undefined when that failed. */
  readonly value: unknown;
  errors: readonly YamlError[];
  /** 1-based line where a node starts, or null. */
  lineOf: (node: unknown) => number | null;
};

/** Entry of a YAML mapping: the key as text, where it is, and the value node. */
export type YamlEntry = { key: string; line: number | null; value: unknown };

const firstLine = (message: string): string => message.split('\n')[0] ?? message;

/** The YAML library's message for a repeated key (its own check, `uniqueKeys`, is quadratic). */
const DUPLICATE_KEY = 'Map keys must be unique';

/**
 * Offsets of every key repeated in its mapping, as the YAML library's `uniqueKeys` check reports
 * them (scalar keys with equal values; NaN never equals), in linear time: the library compares
 * each key with every earlier one, so a mapping of 40,000 keys took over a minute. Walks with a
 * list, not recursion (a file can nest 50,000 levels). Also says whether the document has an
 * alias (`*name`), the one thing whose conversion to plain values can fail.
 */
const scanDocument = (root: unknown): { duplicates: number[]; hasAlias: boolean } => {
  const offsets: number[] = [];
  let hasAlias = false;
  const pending: unknown[] = [root];
  while (pending.length > 0) {
    const node = pending.pop();
    if (isAlias(node)) hasAlias = true;
    else if (isMap(node)) {
      const seen = new Set<unknown>();
      for (const { key, value } of node.items) {
        if (isScalar(key) && !Number.isNaN(key.value)) {
          if (seen.has(key.value) && key.range) offsets.push(key.range[0]);
          seen.add(key.value);
        }
        pending.push(key, value);
      }
    } else if (isSeq(node)) {
      for (const item of node.items) pending.push(item);
    } else if (isPair(node)) {
      pending.push(node.key, node.value);
    }
  }
  return { duplicates: offsets.sort((a, b) => a - b), hasAlias };
};

/**
 * Deepest nesting of lists and mappings the import reads. Real files nest fewer than ten levels.
 * The YAML library builds its nodes (and `toJS` its values) by recursion, one call per level: 50,000
 * nested lists overflowed the stack, with a result that changed from run to run, and in Node 20 the
 * next such file aborted the process (a regular expression compiled with the stack full).
 */
export const MAX_YAML_DEPTH = 100;

/**
 * Most YAML tokens (keys, values, indicators, indentation and line breaks, as the YAML library's
 * lexer gives them) the import reads in one check, all YAML files together. Reading costs about
 * 5 µs a token in a browser on a busy 2-core machine, so this bound keeps a check under half a
 * second. It sits far above real files: a code location written out in full (code_source, build,
 * registry, agent_queue, container_context with namespace, secrets, resources and a node
 * selector: 30 lines) is about 200 tokens, so 100,000 tokens is 500 such locations, and the
 * hostile file of 1,000 short locations is 36,000; an agent configuration is a few hundred. Only
 * files of tens of thousands of one-line entries reach it (a mapping of 36,000 keys is 288,000).
 */
export const MAX_YAML_TOKENS = 100_000;

/** What is left of MAX_YAML_TOKENS for the rest of a check's YAML files (shared, counted down). */
export type YamlBudget = { tokens: number };

/** A budget for one check (each loadYaml without one gets its own). */
export const newYamlBudget = (): YamlBudget => ({ tokens: MAX_YAML_TOKENS });

/** Offset of the first list or mapping nested deeper than `limit` in the parsed tokens, or null. */
const tooDeepAt = (tokens: readonly CST.Token[], limit: number): number | null => {
  const pending: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  let next: [CST.Token, number] | undefined;
  while ((next = pending.pop()) !== undefined) {
    const [token, depth] = next;
    if (token.type === 'document') {
      if (token.value !== undefined) pending.push([token.value, depth]);
    } else if (
      token.type === 'block-map' ||
      token.type === 'block-seq' ||
      token.type === 'flow-collection'
    ) {
      if (depth + 1 > limit) return token.offset;
      for (const item of token.items) {
        if (item.key) pending.push([item.key, depth + 1]);
        if (item.value) pending.push([item.value, depth + 1]);
      }
    }
  }
  return null;
};

type Tokens = { tokens: CST.Token[] } | { tooDeep: number } | { tooMany: number };

/**
 * The parsed tokens of `text` (the library's `Parser.parse`, fed one lexeme at a time), reading no
 * further than the budget allows or than flow collections ("[", "{") nest past MAX_YAML_DEPTH:
 * each bound stops the work where it is passed, at that offset.
 */
const tokensWithin = (text: string, lineCounter: LineCounter, budget: YamlBudget): Tokens => {
  const parser = new Parser(lineCounter.addNewLine);
  const tokens: CST.Token[] = [];
  lineCounter.addNewLine(0);
  let offset = 0;
  let flowDepth = 0;
  let atScalar = false;
  for (const lexeme of new Lexer().lex(text)) {
    if (--budget.tokens < 0) return { tooMany: offset };
    // A lexeme after the scalar mark is a scalar's text, whatever it starts with.
    if (atScalar) atScalar = false;
    else if (lexeme === CST.SCALAR) atScalar = true;
    else if (lexeme === '[' || lexeme === '{') {
      if (++flowDepth > MAX_YAML_DEPTH) return { tooDeep: offset };
    } else if ((lexeme === ']' || lexeme === '}') && flowDepth > 0) flowDepth -= 1;
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The lexer's marks (a scalar follows, document, end of a flow error) are not in the text.
    if (lexeme !== CST.SCALAR && lexeme !== CST.DOCUMENT && lexeme !== CST.FLOW_END) {
      offset += lexeme.length;
    }
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
};

/**
 * `parseDocument` of the YAML library, in its two steps: the tokens (read without recursion and
 * within the budget), then, unless they nest deeper than MAX_YAML_DEPTH, the document; or where
 * the text is too deep or too long.
 */
const parseWithin = (
  text: string,
  lineCounter: LineCounter,
  budget: YamlBudget,
): { doc: Document.Parsed } | { tooDeep: number } | { tooMany: number } => {
  const read = tokensWithin(text, lineCounter, budget);
  if (!('tokens' in read)) return read;
  const { tokens } = read;
  const tooDeep = tooDeepAt(tokens, MAX_YAML_DEPTH);
  if (tooDeep !== null) return { tooDeep };
  const composer = new Composer({ prettyErrors: false, uniqueKeys: false });
  let doc: Document.Parsed | null = null;
  for (const next of composer.compose(tokens, true, text.length)) {
    if (doc === null) doc = next;
    else {
      doc.errors.push(
        new YAMLParseError(
          [next.range[0], next.range[1]],
          'MULTIPLE_DOCS',
          'Source contains multiple documents; please use YAML.parseAllDocuments()',
        ),
      );
      break;
    }
  }
  // `compose(…, true)` always gives a document; loadYaml reports this error if it ever does not.
  if (doc === null) throw new Error('The YAML library read no document.');
  return { doc };
};

/** The error for a text that uses up the budget at `line`. */
const tooManyTokens = (line: number): YamlError => ({
  message: `The YAML files of this check pass ${MAX_YAML_TOKENS.toLocaleString('en-US')} YAML tokens (keys, values, punctuation and indentation) here, and the import reads no further: 500 code locations written out in full come to about that, more than any real setup has.`,
  line,
  fix: 'Remove what is not about Dagster+ (long lists of queues, keys no location uses), or check the files a few at a time.',
  tooLarge: true,
});

/**
 * Parses YAML text; errors are reported, never thrown. `budget` is shared by the YAML files of one
 * check (MAX_YAML_TOKENS in all); without one, this text alone may use MAX_YAML_TOKENS.
 */
export const loadYaml = (text: string, budget: YamlBudget = newYamlBudget()): YamlSource => {
  const lineCounter = new LineCounter();
  const lineAt = (offset: number): number => lineCounter.linePos(offset).line;
  const lineOf = (node: unknown): number | null => {
    if (node === null || typeof node !== 'object' || !('range' in node)) return null;
    const range = (node as Node).range;
    return range ? lineAt(range[0]) : null;
  };
  try {
    const parsed = parseWithin(text, lineCounter, budget);
    if ('tooMany' in parsed) {
      return {
        root: null,
        value: undefined,
        errors: [tooManyTokens(lineAt(parsed.tooMany))],
        lineOf,
      };
    }
    if ('tooDeep' in parsed) {
      return {
        root: null,
        value: undefined,
        errors: [
          {
            message: `Lists or mappings are nested more than ${MAX_YAML_DEPTH} levels deep here; the import does not read deeper (real files nest fewer than ten).`,
            line: lineAt(parsed.tooDeep),
            // Not an indentation or quoting slip: the parsers' usual advice would mislead.
            fix: 'Remove the nesting that starts on this line: no Dagster+ or agent setting nests that deep.',
          },
        ],
        lineOf,
      };
    }
    const { doc } = parsed;
    const scan = scanDocument(doc.contents);
    const errors: YamlError[] = [
      ...doc.errors.map((e) => ({ at: e.pos[0], message: firstLine(e.message) })),
      ...scan.duplicates.map((at) => ({ at, message: DUPLICATE_KEY })),
    ]
      .sort((a, b) => a.at - b.at)
      .map(({ at, message }) => ({ message, line: at >= 0 ? lineAt(at) : null }));
    // The plain value is for callers that ask for it (the parsers walk the nodes). Only aliases can
    // make the conversion fail (an alias bomb passes maxAliasCount): with one, it is tried now, so
    // the failure is an error; without, it is made when first asked for.
    let value: unknown = undefined;
    let converted = errors.length > 0;
    const convert = (): void => {
      converted = true;
      try {
        value = doc.toJS({ maxAliasCount: 100 });
      } catch (e) {
        errors.push({ message: e instanceof Error ? firstLine(e.message) : String(e), line: null });
      }
    };
    if (!converted && scan.hasAlias) convert();
    return {
      root: doc.contents,
      get value() {
        if (!converted) convert();
        return value;
      },
      errors,
      lineOf,
    };
  } catch (e) {
    return {
      root: null,
      value: undefined,
      errors: [{ message: e instanceof Error ? firstLine(e.message) : String(e), line: null }],
      lineOf,
    };
  }
};

export const isYamlMap = isMap;
export const isYamlSeq = isSeq;

/** Entries of a mapping node in written order (non-scalar keys are shown as written). */
export const entriesOf = (node: unknown, lineOf: (n: unknown) => number | null): YamlEntry[] => {
  if (!isMap(node)) return [];
  return node.items.map((pair) => {
    const key = pair.key;
    const text = isScalar(key) ? String(key.value) : isNode(key) ? key.toString() : '';
    return { key: text, line: lineOf(key) ?? lineOf(pair.value), value: pair.value };
  });
};

/** Items of a sequence node. */
export const itemsOf = (node: unknown): unknown[] => (isSeq(node) ? [...node.items] : []);

/** The plain value of a scalar node, or undefined for anything else. */
export const scalarValue = (node: unknown): unknown => (isScalar(node) ? node.value : undefined);

/** Plain JS of any node (mapping, sequence, scalar). */
export const toPlain = (node: unknown): unknown => {
  if (isScalar(node)) return node.value;
  if (isMap(node) || isSeq(node)) {
    try {
      return node.toJSON();
    } catch {
      return undefined;
    }
  }
  return undefined;
};

/** Kind of a node, for "expected a mapping, found a list" messages. */
export const kindOf = (node: unknown): string => {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a list';
  if (isScalar(node)) {
    const v = node.value;
    if (v === null) return 'an empty value';
    return typeof v === 'string' ? 'a string' : `a ${typeof v}`;
  }
  return 'nothing';
};
