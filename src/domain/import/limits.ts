/**
 * How much pasted text the import reads. Parsing YAML costs about a microsecond a byte, so these
 * caps keep a check of the largest accepted input under a second: 512 KiB per file (a
 * dagster_cloud.yaml of 500 locations is about 100 kB) and 1 MiB for all files together.
 */
import type { ImportInput } from './types';

/** Largest file the import reads, in UTF-8 bytes. */
export const MAX_FILE_BYTES = 512 * 1024;
/** Largest total of all files the import reads, in UTF-8 bytes. */
export const MAX_TOTAL_BYTES = 1024 * 1024;

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
];

/** Why the import does not read `input`, or null when it is within the caps. */
export const sizeProblem = (input: ImportInput): string | null => {
  let total = 0;
  for (const [name, text] of namedFiles(input)) {
    // A string's UTF-8 length is at least its length: most large pastes stop here at once.
    if (text.length > MAX_FILE_BYTES || utf8Length(text, MAX_FILE_BYTES) > MAX_FILE_BYTES) {
      return `${name} is larger than ${kB(MAX_FILE_BYTES)}, more than any real one: the import does not read it.`;
    }
    total += utf8Length(text);
  }
  if (total > MAX_TOTAL_BYTES) {
    return `The files add up to ${kB(total)}; the import reads up to ${kB(MAX_TOTAL_BYTES)} in all, more than any real setup needs. Remove what is not about Dagster+ (long queue lists, unrelated CODEOWNERS rules).`;
  }
  return null;
};
