/**
 * How much pasted text the import reads. Parsing YAML costs about a microsecond a byte (up to two in
 * a browser on a slow machine), so these caps keep a check of the largest accepted input under a
 * second: 512 KiB per file (a dagster_cloud.yaml of 500 locations is about 100 kB), 512 KiB of YAML
 * (dagster_cloud.yaml and the agent configurations) and 1 MiB for all files together.
 */
import type { ImportInput } from './types';

/** Largest file the import reads, in UTF-8 bytes. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Largest total of all files the import reads, in UTF-8 bytes. */
export const MAX_TOTAL_BYTES = 1024 * 1024;
/**
 * Largest total of the YAML files (dagster_cloud.yaml and agent configurations) the import reads,
 * in UTF-8 bytes: six agent configurations of 11,000 queues (0.8 MB) took 1.4 s to check on a
 * 2-core machine. Real agent configurations are a few kilobytes.
 */
export const MAX_YAML_BYTES = 512 * 1024;

/** UTF-8 length of `text`, counted without copying it (stops early past `limit`). */
export const utf8Length = (text: string, limit = Number.POSITIVE_INFINITY): number => {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
};

const kB = (bytes: number): string => `${Math.ceil(bytes / 1024).toLocaleString('en-US')} kB`;

/** The files of an input with the names the import view gives them. */
export const namedFiles = (input: ImportInput): [string, string][] => [
  ['dagster_cloud.yaml', input.dagsterCloudYaml],
  ...(input.agentConfigs ?? []).map((t, i): [string, string] => [
    `Agent configuration ${i + 1}`,
    t,
  ]),
  ...(input.codeowners === undefined ? [] : [['CODEOWNERS', input.codeowners] as [string, string]]),
  ...(input.versionFiles ?? []).map((t): [string, string] => [
    'The file with your Dagster version',
    t,
  ]),
  ...(input.dgFiles ?? []).map((f): [string, string] => [f.path, f.text]),
];

/** Most files of a dg repository the import reads (500 projects of three files each). */
export const MAX_DG_FILES = 2_000;

/** Whether the file of `namedFiles` at `index` is YAML (counted against MAX_YAML_BYTES). */
const isYaml = (input: ImportInput, index: number, name: string): boolean => {
  const before = 1 + (input.agentConfigs ?? []).length;
  if (index < before) return true;
  const dgStart =
    before + (input.codeowners === undefined ? 0 : 1) + (input.versionFiles ?? []).length;
  return index >= dgStart && /\.ya?ml$/.test(name);
};

/** Why the import does not read `input`, or null when it is within the caps. */
export const sizeProblem = (input: ImportInput): string | null => {
  const dgCount = (input.dgFiles ?? []).length;
  if (dgCount > MAX_DG_FILES) {
    return `The dg files are ${dgCount.toLocaleString('en-US')} files; the import reads up to ${MAX_DG_FILES.toLocaleString('en-US')} (dg.toml and three files for each of 500 projects). Give only the Dagster files: dg.toml, each project's pyproject.toml, build.yaml and container_context.yaml.`;
  }
  let total = 0;
  let yaml = 0;
  for (const [i, [name, text]] of namedFiles(input).entries()) {
    // A string's UTF-8 length is at least its length: most large pastes stop here at once.
    // Counted once: up to the cap, utf8Length is the exact length.
    const bytes = text.length > MAX_FILE_BYTES ? text.length : utf8Length(text, MAX_FILE_BYTES);
    if (bytes > MAX_FILE_BYTES) {
      return `${name} is larger than ${kB(MAX_FILE_BYTES)}, more than any real one: the import does not read it.`;
    }
    total += bytes;
    if (isYaml(input, i, name)) yaml += bytes;
  }
  if (total > MAX_TOTAL_BYTES) {
    return `The files add up to ${kB(total)}; the import reads up to ${kB(MAX_TOTAL_BYTES)} in all, more than any real setup needs. Remove what is not about Dagster+ (long queue lists, unrelated CODEOWNERS rules).`;
  }
  if (yaml > MAX_YAML_BYTES) {
    return `${(input.dgFiles ?? []).length > 0 ? 'dagster_cloud.yaml, the agent configurations and the dg YAML files' : 'dagster_cloud.yaml and the agent configurations'} add up to ${kB(yaml)}; the import reads up to ${kB(MAX_YAML_BYTES)} of YAML in all (reading more takes over a second), more than any real setup needs. Remove what is not about Dagster+ (long queue lists, settings unrelated to deployments and queues).`;
  }
  return null;
};
