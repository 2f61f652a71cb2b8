/**
 * Reads a pasted `dagster_cloud.yaml` the way the dagster-cloud CLI does (facts §1a: pydantic
 * models with extra keys forbidden, exactly one `code_source` key, unique location names) and
 * keeps the line of every key, so each problem can point at its line. Accepts the current list
 * form and the legacy dict form the agent still converts (facts §1b), normalising to the list
 * form. Never throws: structural problems come back as findings.
 */
import {
  buildSchema,
  laterDagsterCloudYamlSchema,
  locationDefaultsSchema,
  locationSchema,
} from '../emitters/dagster-cloud-schema';
import {
  closestKey,
  finding,
  pushAll,
  quotedList,
  yamlErrorFinding,
  type FindingCap,
} from './findings';
import {
  CODE_SOURCE_KEYS,
  CONTAINER_PLATFORMS,
  type CodeSourceKey,
  type ContainerPlatform,
  type Finding,
  type ImportedDagsterCloudYaml,
  type ImportedLocation,
  type ParseOutcome,
} from './types';
import {
  entriesOf,
  isYamlMap,
  isYamlSeq,
  itemsOf,
  kindOf,
  loadYaml,
  scalarValue,
  toPlain,
  type YamlBudget,
  type YamlEntry,
} from './yaml-source';

/** Keys the CLI accepts at the top level (`DagsterCloudYaml`), read from the emitters' schema. */
export const TOP_LEVEL_KEYS = Object.keys(laterDagsterCloudYamlSchema.shape) as readonly string[];
/** Keys the CLI accepts in a location (`Location`). */
export const LOCATION_KEYS = Object.keys(locationSchema.shape) as readonly string[];
/** Keys the CLI accepts in `defaults` (`LocationDefaults`). */
export const DEFAULTS_KEYS = Object.keys(locationDefaultsSchema.shape) as readonly string[];
export const BUILD_KEYS = Object.keys(buildSchema.shape) as readonly string[];
/** Keys the location keys hold as plain strings. */
const STRING_KEYS = [
  'location_name',
  'working_directory',
  'image',
  'executable_path',
  'attribute',
  'agent_queue',
] as const;
/** Keys only the server fills in (facts §1b); the CLI rejects them in the file. */
const INTERNAL_KEYS = ['git', 'pex_metadata', 'defs_state_info'];

const CLI_REJECTS =
  'The dagster-cloud CLI forbids extra keys, so `dagster-cloud ci check` (the workflow\'s "Validate configuration" step) fails before anything is built.';
const AGENT_REJECTS =
  'The CLI passes container_context through, but the agent validates it when it loads the location, and the location fails to load.';

type Ctx = {
  file: string;
  lineOf: (node: unknown) => number | null;
  findings: Finding[];
  /** Counts, without building, the unknown keys past the audit's cap (a file can have 12,000). */
  cap?: FindingCap;
};

const isString = (v: unknown): v is string => typeof v === 'string';

/** Line of every key below a mapping node, by dotted path (depth-limited). */
const collectLines = (
  node: unknown,
  ctx: Ctx,
  prefix: string,
  out: Record<string, number>,
  depth = 0,
): void => {
  if (depth > 6) return;
  for (const e of entriesOf(node, ctx.lineOf)) {
    const path = prefix === '' ? e.key : `${prefix}.${e.key}`;
    if (e.line !== null && !(path in out)) out[path] = e.line;
    collectLines(e.value, ctx, path, out, depth + 1);
  }
};

/** "a, b, c" for each list of allowed keys, written once (a file can have 12,000 unknown keys). */
const allowedTexts = new WeakMap<readonly string[], string>();
const allowedText = (allowed: readonly string[]): string => {
  let text = allowedTexts.get(allowed);
  if (text === undefined) {
    text = allowed.join(', ');
    allowedTexts.set(allowed, text);
  }
  return text;
};

const unknownKey = (
  ctx: Ctx,
  e: YamlEntry,
  where: string,
  allowed: readonly string[],
  rejectedBy: string = CLI_REJECTS,
): void => {
  if (ctx.cap?.keeps('unknown-key', ctx.file) === false) return;
  const suggestion = closestKey(e.key, allowed);
  const internal = INTERNAL_KEYS.includes(e.key);
  ctx.findings.push(
    finding(
      'unknown-key',
      ctx.file,
      e.line,
      `Unknown key "${e.key}" ${where}. ${
        internal ? 'Dagster+ sets it internally; it is not written in the file. ' : ''
      }${rejectedBy}`,
      suggestion !== null && suggestion !== e.key
        ? `Rename "${e.key}" to "${suggestion}".`
        : `Remove "${e.key}". Allowed here: ${allowedText(allowed)}.`,
    ),
  );
};

const wrongType = (ctx: Ctx, e: YamlEntry, where: string, expected: string): void => {
  ctx.findings.push(
    finding(
      'wrong-type',
      ctx.file,
      e.line,
      `"${e.key}" ${where} must be ${expected}, found ${kindOf(e.value)}. The dagster-cloud CLI rejects the file.`,
      `Write "${e.key}" as ${expected}.`,
    ),
  );
};

/** Checks `build:` (location or defaults); returns its plain value. */
const checkBuild = (ctx: Ctx, e: YamlEntry, where: string): Record<string, unknown> | null => {
  if (!isYamlMap(e.value)) {
    wrongType(ctx, e, where, 'a mapping with "directory" and/or "registry"');
    return null;
  }
  const out: Record<string, unknown> = {};
  for (const b of entriesOf(e.value, ctx.lineOf)) {
    if (!BUILD_KEYS.includes(b.key)) {
      unknownKey(ctx, b, `under "build" ${where}`, BUILD_KEYS);
      continue;
    }
    const v = scalarValue(b.value);
    if (!isString(v)) wrongType(ctx, b, `under "build" ${where}`, 'a string');
    else out[b.key] = v;
  }
  return out;
};

/** Checks `container_context:`; returns the platforms it names. */
const checkContainerContext = (ctx: Ctx, e: YamlEntry, where: string): ContainerPlatform[] => {
  if (!isYamlMap(e.value)) {
    if (scalarValue(e.value) !== null) wrongType(ctx, e, where, 'a mapping');
    return [];
  }
  const platforms: ContainerPlatform[] = [];
  for (const c of entriesOf(e.value, ctx.lineOf)) {
    const platform = CONTAINER_PLATFORMS.find((p) => p === c.key);
    if (platform === undefined) {
      unknownKey(ctx, c, `under "container_context" ${where}`, CONTAINER_PLATFORMS, AGENT_REJECTS);
    } else {
      platforms.push(platform);
    }
  }
  return platforms;
};

/** Checks scalar string keys; returns the string or null. */
const checkString = (ctx: Ctx, e: YamlEntry, where: string): string | null => {
  const v = scalarValue(e.value);
  if (isString(v)) return v;
  // YAML reads `agent_queue: 2024` as a number: the CLI wants a string.
  wrongType(ctx, e, where, 'a string');
  return null;
};

type WrittenLocation = {
  raw: Record<string, unknown>;
  lines: Record<string, number>;
  name: string;
  line: number | null;
  codeSource: ImportedLocation['codeSource'];
  fields: Partial<Record<(typeof STRING_KEYS)[number], string>>;
  build: Record<string, unknown> | null;
  platforms: ContainerPlatform[];
};

/** Counts code sources and reports zero or several; `entries` are the candidate source keys. */
const checkCodeSource = (
  ctx: Ctx,
  sourceEntries: readonly YamlEntry[],
  anchorLine: number | null,
  label: string,
  dictForm: boolean,
): ImportedLocation['codeSource'] => {
  const valid: { key: CodeSourceKey; value: string; line: number | null }[] = [];
  let sawFileName = false;
  for (const s of sourceEntries) {
    if (s.key === 'file_name') {
      sawFileName = true;
      ctx.findings.push(
        finding(
          'file-name-key',
          ctx.file,
          s.line,
          `${label} uses "file_name". Some docs prose says so, but the dagster-cloud CLI only accepts "python_file" and forbids extra keys, so \`dagster-cloud ci check\` fails.`,
          `Rename "file_name" to "python_file".`,
        ),
      );
      continue;
    }
    const key = CODE_SOURCE_KEYS.find((k) => k === s.key);
    if (key === undefined) continue;
    const v = scalarValue(s.value);
    if (!isString(v)) {
      wrongType(ctx, s, `in ${label}`, 'a string');
      continue;
    }
    valid.push({ key, value: v, line: s.line });
  }
  const where = dictForm ? 'at the top of the entry' : 'under "code_source"';
  if (valid.length === 0 && !sawFileName) {
    ctx.findings.push(
      finding(
        'code-source-missing',
        ctx.file,
        anchorLine,
        `${label} has no code source: set exactly one of ${CODE_SOURCE_KEYS.join(', ')} ${where}. The docs mark code_source as required and the agent cannot load a location without one (the CLI's own check may let it through; the deploy then fails).`,
        dictForm
          ? 'Add e.g. "package_name: my_package.definitions" to the entry.'
          : 'Add "code_source:" with e.g. "package_name: my_package.definitions".',
      ),
    );
  }
  if (valid.length > 1) {
    ctx.findings.push(
      finding(
        'code-source-several',
        ctx.file,
        valid[1]?.line ?? anchorLine,
        `${label} sets ${valid.length} code sources (${quotedList(valid.map((v) => v.key))}); the CLI requires exactly one.`,
        `Keep the one that loads your Definitions and delete the others.`,
      ),
    );
  }
  const only = valid.length === 1 ? valid[0] : undefined;
  return only ? { key: only.key, value: only.value } : null;
};

/** A key held as a plain string (`STRING_KEYS`): checked, and kept in `fields` when it is one. */
const readStringKey = (
  ctx: Ctx,
  e: YamlEntry,
  where: string,
  fields: Partial<Record<(typeof STRING_KEYS)[number], string>>,
): void => {
  const key = STRING_KEYS.find((k) => k === e.key);
  if (key === undefined) return;
  const v = checkString(ctx, e, where);
  if (v !== null) fields[key] = v;
};

/** What reading a location's keys gathers, before its name and code source are checked. */
type LocationParts = {
  raw: Record<string, unknown>;
  lines: Record<string, number>;
  fields: WrittenLocation['fields'];
  build: Record<string, unknown> | null;
  platforms: ContainerPlatform[];
  sourceEntries: YamlEntry[];
};

const isCodeSourceKey = (key: string): boolean =>
  (CODE_SOURCE_KEYS as readonly string[]).includes(key);

/**
 * A key of a dict-form entry, where the code source keys sit at the top of the entry and the name
 * is the entry's key: true when it was read here (the list form's reading does the rest).
 */
const readDictFormKey = (ctx: Ctx, parts: LocationParts, e: YamlEntry, where: string): boolean => {
  const isSource = isCodeSourceKey(e.key);
  if (isSource || e.key === 'file_name') {
    parts.sourceEntries.push(e);
    if (isSource) {
      const source = (parts.raw.code_source ?? {}) as Record<string, unknown>;
      source[e.key] = toPlain(e.value);
      parts.raw.code_source = source;
      if (e.line !== null) parts.lines[`code_source.${e.key}`] = e.line;
    }
    return true;
  }
  if (e.key === 'location_name' || e.key === 'code_source') {
    unknownKey(
      ctx,
      e,
      `${where} (the legacy dict form takes the name from the key and the code source keys at the top of the entry)`,
      [...LOCATION_KEYS.filter((k) => k !== 'location_name' && k !== 'code_source')],
    );
    return true;
  }
  return false;
};

/** A known key in the wrong place: the CLI rejects the file; the fix moves the key `to`. */
const keyOutOfPlace = (ctx: Ctx, e: YamlEntry, why: string, to: string): void => {
  ctx.findings.push(
    finding('unknown-key', ctx.file, e.line, `${why} ${CLI_REJECTS}`, `Move "${e.key}" ${to}.`),
  );
};

/** A key the CLI does not accept in a location: a code source key out of place, or unknown. */
const locationKeyRejected = (ctx: Ctx, e: YamlEntry, where: string): void => {
  if (!isCodeSourceKey(e.key)) {
    unknownKey(ctx, e, where, LOCATION_KEYS);
    return;
  }
  keyOutOfPlace(ctx, e, `"${e.key}" ${where} belongs under "code_source".`, 'under "code_source:"');
};

/** A key of a list-form location (or the rest of a dict-form entry's keys). */
const readLocationKey = (ctx: Ctx, parts: LocationParts, e: YamlEntry, where: string): void => {
  if (!LOCATION_KEYS.includes(e.key)) {
    locationKeyRejected(ctx, e, where);
    return;
  }
  parts.raw[e.key] = toPlain(e.value);
  switch (e.key) {
    case 'code_source':
      if (!isYamlMap(e.value)) {
        wrongType(ctx, e, where, `a mapping with one of ${CODE_SOURCE_KEYS.join(', ')}`);
        parts.sourceEntries = [];
        break;
      }
      parts.sourceEntries = entriesOf(e.value, ctx.lineOf);
      for (const s of parts.sourceEntries) {
        if (s.key !== 'file_name' && !isCodeSourceKey(s.key)) {
          unknownKey(ctx, s, `under "code_source" ${where}`, CODE_SOURCE_KEYS);
        }
      }
      break;
    case 'build':
      parts.build = checkBuild(ctx, e, where);
      break;
    case 'container_context':
      parts.platforms = checkContainerContext(ctx, e, where);
      break;
    default:
      readStringKey(ctx, e, where, parts.fields);
  }
};

/** A list-form location without a usable `location_name`. */
const nameMissing = (
  ctx: Ctx,
  index: number,
  nameEntry: YamlEntry | undefined,
  entryLine: number | null,
): void => {
  ctx.findings.push(
    nameEntry === undefined
      ? finding(
          'location-name-missing',
          ctx.file,
          entryLine,
          `Location ${index + 1} has no "location_name"; the CLI requires one.`,
          'Add "location_name: <name>" (lowercase letters, digits and hyphens, starting with a letter).',
        )
      : finding(
          'location-name-missing',
          ctx.file,
          nameEntry.line ?? entryLine,
          `Location ${index + 1} has an empty or non-text "location_name"; Dagster+ requires a non-empty name.`,
          'Set "location_name" to a name such as "ingest".',
        ),
  );
};

/** Reads one location mapping (list form, or a dict-form entry with its name given). */
const readLocation = (
  ctx: Ctx,
  node: unknown,
  index: number,
  dictName: { name: string; line: number | null } | null,
): WrittenLocation | null => {
  const entryLine = dictName?.line ?? ctx.lineOf(node);
  if (!isYamlMap(node)) {
    ctx.findings.push(
      finding(
        'wrong-type',
        ctx.file,
        entryLine,
        `Location ${index + 1} must be a mapping with "location_name" and "code_source", found ${kindOf(node)}.`,
        'Write each location as "- location_name: ..." followed by its keys.',
      ),
    );
    return null;
  }
  const entries = entriesOf(node, ctx.lineOf);
  const nameEntry = entries.find((e) => e.key === 'location_name');
  const writtenName = dictName?.name ?? scalarValue(nameEntry?.value);
  const name = isString(writtenName) ? writtenName : '';
  const label = name === '' ? `Location ${index + 1}` : `Location "${name}"`;
  const where = `in ${label.charAt(0).toLowerCase()}${label.slice(1)}`;
  const parts: LocationParts = {
    raw: {},
    lines: {},
    fields: {},
    build: null,
    platforms: [],
    sourceEntries: [],
  };
  collectLines(node, ctx, '', parts.lines);
  if (dictName !== null) {
    // Source keys move under code_source in the list form; their lines follow them there.
    for (const k of [...CODE_SOURCE_KEYS, 'file_name']) Reflect.deleteProperty(parts.lines, k);
    parts.raw.location_name = dictName.name;
    if (dictName.line !== null) parts.lines.location_name = dictName.line;
  }
  for (const e of entries) {
    if (dictName !== null && readDictFormKey(ctx, parts, e, where)) continue;
    if (dictName === null && e.key === 'file_name') parts.sourceEntries.push(e);
    else readLocationKey(ctx, parts, e, where);
  }
  if (dictName === null && name === '') nameMissing(ctx, index, nameEntry, entryLine);
  const codeSource = checkCodeSource(
    ctx,
    parts.sourceEntries,
    nameEntry?.line ?? entryLine,
    label,
    dictName !== null,
  );
  const { raw, lines, fields, build, platforms } = parts;
  return {
    raw,
    lines,
    name,
    line: lines.location_name ?? entryLine,
    codeSource,
    fields,
    build,
    platforms,
  };
};

const stringOr = (v: unknown): string | null => (isString(v) ? v : null);

/** `defaults:` as read: its plain value and lines, and what each location inherits from it. */
type DefaultsRead = {
  defaults: Record<string, unknown> | null;
  defaultsLines: Record<string, number>;
  build: Record<string, unknown> | null;
  platforms: ContainerPlatform[];
  fields: Partial<Record<(typeof STRING_KEYS)[number], string>>;
};

/** A key under `defaults` the CLI does not accept: a per-location key, or an unknown one. */
const defaultsKeyRejected = (ctx: Ctx, e: YamlEntry): void => {
  if (!['location_name', 'code_source', 'attribute'].includes(e.key)) {
    unknownKey(ctx, e, 'under "defaults"', DEFAULTS_KEYS);
    return;
  }
  keyOutOfPlace(
    ctx,
    e,
    `"${e.key}" is not allowed under "defaults": it is per location.`,
    'into each location',
  );
};

const readDefaults = (ctx: Ctx, entry: YamlEntry | undefined): DefaultsRead => {
  const read: DefaultsRead = {
    defaults: null,
    defaultsLines: {},
    build: null,
    platforms: [],
    fields: {},
  };
  if (entry === undefined) return read;
  if (!isYamlMap(entry.value)) {
    if (scalarValue(entry.value) !== null) wrongType(ctx, entry, 'at the top level', 'a mapping');
    return read;
  }
  const defaults: Record<string, unknown> = {};
  read.defaults = defaults;
  collectLines(entry.value, ctx, '', read.defaultsLines);
  for (const e of entriesOf(entry.value, ctx.lineOf)) {
    if (!DEFAULTS_KEYS.includes(e.key)) {
      defaultsKeyRejected(ctx, e);
      continue;
    }
    defaults[e.key] = toPlain(e.value);
    if (e.key === 'build') read.build = checkBuild(ctx, e, 'under "defaults"');
    else if (e.key === 'container_context') {
      read.platforms = checkContainerContext(ctx, e, 'under "defaults"');
    } else {
      readStringKey(ctx, e, 'under "defaults"', read.fields);
    }
  }
  return read;
};

/** The findings of a file that could not be read as YAML, or that is no mapping; null if fine. */
const unreadable = (
  ctx: Ctx,
  source: ReturnType<typeof loadYaml>,
): ParseOutcome<ImportedDagsterCloudYaml> | null => {
  const { file } = ctx;
  if (source.errors.length > 0) {
    for (const e of source.errors) {
      ctx.findings.push(
        yamlErrorFinding(
          file,
          e,
          'Fix the indentation or quoting on that line (a YAML linter shows the exact spot).',
        ),
      );
    }
    const first = source.errors[0];
    const at = first !== undefined && first.line !== null ? ` on line ${first.line}` : '';
    return {
      ok: false,
      reason:
        first?.tooLarge === true
          ? `More YAML than the import reads (it stops${at}).`
          : `YAML syntax error${at}.`,
      findings: ctx.findings,
    };
  }
  if (isYamlMap(source.root)) return null;
  const empty = source.root === null || scalarValue(source.root) === null;
  ctx.findings.push(
    finding(
      'not-a-mapping',
      file,
      source.lineOf(source.root),
      empty
        ? 'The file is empty.'
        : `The file must be a mapping with a "locations" list, found ${kindOf(source.root)}.`,
      'Start the file with "locations:" followed by one "- location_name: ..." entry per location.',
    ),
  );
  return { ok: false, reason: 'Not a dagster_cloud.yaml mapping.', findings: ctx.findings };
};

/** The file uses Jinja, which the CLI renders first: said once, on its first line. */
const jinjaFinding = (ctx: Ctx, text: string): void => {
  const jinja = text.split('\n').findIndex((l) => /\{\{|\{%/.test(l));
  if (jinja < 0) return;
  ctx.findings.push(
    finding(
      'jinja-template',
      ctx.file,
      jinja + 1,
      'The file uses Jinja ({{ }} or {% %}); the CLI renders it before reading it, this import reads it as written.',
      'Paste the rendered file (`dagster-cloud ci template --values-file ...`) to check what is deployed.',
    ),
  );
};

/** `locations:` in either form, each location read; a reason when there is none to read. */
const readLocations = (
  ctx: Ctx,
  entry: YamlEntry | undefined,
): { form: 'list' | 'dict'; written: (WrittenLocation | null)[] } | { reason: string } => {
  if (entry === undefined) {
    ctx.findings.push(
      finding(
        'locations-missing',
        ctx.file,
        null,
        'The file has no "locations" key; the CLI requires it.',
        'Add "locations:" with one "- location_name: ..." entry per code location.',
      ),
    );
    return { reason: 'No "locations" key.' };
  }
  if (isYamlSeq(entry.value)) {
    return {
      form: 'list',
      written: itemsOf(entry.value).map((item, i) => readLocation(ctx, item, i, null)),
    };
  }
  if (!isYamlMap(entry.value)) {
    wrongType(ctx, entry, 'at the top level', 'a list of locations');
    return { reason: '"locations" is not a list.' };
  }
  ctx.findings.push(
    finding(
      'legacy-dict-form',
      ctx.file,
      entry.line,
      'The locations use the legacy dict form (name: {...}). The agent still converts it, but the dagster-cloud CLI expects a list, so `dagster-cloud ci check` and the deploy action reject it. Read here as the list form.',
      'Rewrite each entry as "- location_name: <name>" with its package_name/module_name/python_file under "code_source:" (the migration plan shows the diff).',
      'warning',
    ),
  );
  return {
    form: 'dict',
    written: entriesOf(entry.value, ctx.lineOf).map((e, i) =>
      readLocation(ctx, e.value, i, { name: e.key, line: e.line }),
    ),
  };
};

/** A location name used before: the CLI rejects duplicates. */
const duplicateFinding = (ctx: Ctx, w: WrittenLocation, firstLine: number | null): Finding =>
  finding(
    'duplicate-location',
    ctx.file,
    w.line,
    `Location name "${w.name}" is used twice${firstLine !== null ? ` (first on line ${firstLine})` : ''}; the CLI rejects duplicate names, and Dagster+ would keep only one of them.`,
    `Rename one of them, e.g. "${w.name}-2", or merge them into one location.`,
  );

/** The locations as the CLI would deploy them: each with what it inherits from `defaults`. */
const importedLocations = (
  ctx: Ctx,
  written: readonly (WrittenLocation | null)[],
  defaults: DefaultsRead,
): ImportedLocation[] => {
  const locations: ImportedLocation[] = [];
  const seen = new Map<string, number | null>();
  written.forEach((w, index) => {
    if (w === null) return;
    if (w.name !== '' && seen.has(w.name)) {
      ctx.findings.push(duplicateFinding(ctx, w, seen.get(w.name) ?? null));
    } else if (w.name !== '') {
      seen.set(w.name, w.line);
    }
    const field = (k: (typeof STRING_KEYS)[number]): string | null =>
      w.fields[k] ?? defaults.fields[k] ?? null;
    const buildValue = (k: string): string | null =>
      stringOr(w.build?.[k]) ?? stringOr(defaults.build?.[k]);
    locations.push({
      name: w.name,
      index,
      line: w.line,
      codeSource: w.codeSource,
      buildDirectory: buildValue('directory'),
      registry: buildValue('registry'),
      workingDirectory: field('working_directory'),
      image: field('image'),
      executablePath: field('executable_path'),
      attribute: w.fields.attribute ?? null,
      agentQueue: field('agent_queue'),
      containerPlatforms: [...new Set([...w.platforms, ...defaults.platforms])],
      raw: w.raw,
      lines: w.lines,
    });
  });
  return locations;
};

/**
 * Parses dagster_cloud.yaml text. `ok: false` when there is nothing usable (syntax error, no
 * `locations`, more YAML than the import reads); otherwise the locations as the CLI would deploy
 * them (defaults merged in) plus every structural finding, each with its line. `budget` is shared
 * with the other YAML files of a check (loadYaml); with a `cap`, unknown keys past it are counted
 * there, not built.
 */
export const parseDagsterCloudYaml = (
  text: string,
  file = 'dagster_cloud.yaml',
  budget?: YamlBudget,
  cap?: FindingCap,
): ParseOutcome<ImportedDagsterCloudYaml> => {
  const source = loadYaml(text, budget);
  const ctx: Ctx = {
    file,
    lineOf: source.lineOf,
    findings: [],
    ...(cap === undefined ? {} : { cap }),
  };
  jinjaFinding(ctx, text);
  const failed = unreadable(ctx, source);
  if (failed !== null) return failed;

  const top = entriesOf(source.root, ctx.lineOf);
  for (const e of top) {
    if (!TOP_LEVEL_KEYS.includes(e.key)) unknownKey(ctx, e, 'at the top level', TOP_LEVEL_KEYS);
  }
  const defaults = readDefaults(
    ctx,
    top.find((e) => e.key === 'defaults'),
  );
  const read = readLocations(
    ctx,
    top.find((e) => e.key === 'locations'),
  );
  if ('reason' in read) return { ok: false, reason: read.reason, findings: ctx.findings };

  const value: ImportedDagsterCloudYaml = {
    form: read.form,
    locations: importedLocations(ctx, read.written, defaults),
    defaults: defaults.defaults,
    defaultsLines: defaults.defaultsLines,
  };
  // Safety net: the emitters' zod mirror of the CLI schema must agree. Whatever it rejects that
  // the walk above did not report is reported as is, on the best line known.
  if (!ctx.findings.some((f) => f.severity === 'error')) {
    pushAll(ctx.findings, schemaFindings(file, value));
  }
  return { ok: true, value, findings: ctx.findings };
};

/** dagster_cloud.yaml as the CLI would read it (list form), for the schema cross-check. */
export const toListForm = (config: ImportedDagsterCloudYaml): Record<string, unknown> => ({
  ...(config.defaults === null ? {} : { defaults: config.defaults }),
  locations: config.locations.map((l) => l.raw),
});

const schemaFindings = (file: string, config: ImportedDagsterCloudYaml): Finding[] => {
  // The later CLI model: a key a newer release accepts (autoload_defs_module_name) is no error.
  const result = laterDagsterCloudYamlSchema.safeParse(toListForm(config));
  if (result.success) return [];
  return result.error.issues.map((issue) => {
    const [head, index, ...rest] = issue.path.map(String);
    const location = head === 'locations' ? config.locations[Number(index)] : undefined;
    const line =
      head === 'defaults'
        ? (config.defaultsLines[[index, ...rest].join('.')] ?? null)
        : location !== undefined
          ? (location.lines[rest.join('.')] ?? location.line)
          : null;
    return finding(
      issue.code === 'unrecognized_keys' ? 'unknown-key' : 'wrong-type',
      file,
      line,
      `The dagster-cloud CLI schema rejects ${issue.path.join('.') || 'the file'}: ${issue.message}`,
      'Correct the value so `dagster-cloud ci check` accepts it.',
    );
  });
};
