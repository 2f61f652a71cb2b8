/**
 * Turns pasted text (one name per line, or separated by commas, semicolons, tabs or spaces) into
 * project names to add: trimmed, empty pieces dropped, and names already present (or repeated in
 * the paste) skipped. Names are kept exactly as typed otherwise, so an invalid one shows its error.
 */
export type PastedNames = {
  readonly added: readonly string[];
  /** Names skipped because they were already in the list or repeated. */
  readonly skipped: readonly string[];
};

export const parsePastedNames = (text: string, existing: readonly string[]): PastedNames => {
  const seen = new Set(existing);
  const added: string[] = [];
  const skipped: string[] = [];
  for (const piece of text.split(/[\s,;]+/)) {
    const name = piece.trim();
    if (name === '') continue;
    if (seen.has(name)) {
      skipped.push(name);
    } else {
      seen.add(name);
      added.push(name);
    }
  }
  return { added, skipped };
};
