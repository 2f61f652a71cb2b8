/** Splits a file into display lines for the code viewer without changing a single byte. */

/**
 * Display lines, each keeping its "\n" (except a last line without one), so joining them gives
 * back `content` exactly and copying the rendered text copies the file.
 */
export function toLines(content: string): string[] {
  if (content === '') return [''];
  const lines = content.split('\n').map((line) => `${line}\n`);
  const last = lines.length - 1;
  if (content.endsWith('\n')) lines.pop();
  else lines[last] = (lines[last] ?? '').slice(0, -1);
  return lines;
}
