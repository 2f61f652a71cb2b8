/**
 * Browser downloads and the zip of every generated file. fflate is imported only when a zip is
 * built, so it stays out of every chunk until "Download all files" is clicked.
 */
import { safeRelativePath } from '@/domain/emitters/safe-path';
import type { GeneratedFile } from '@/domain/emitters/types';

export { downloadBlob, downloadText } from '@/lib/save-file';

/** MIME type for a generated file. */
export function mimeOf(file: Pick<GeneratedFile, 'kind'>): string {
  switch (file.kind) {
    case 'yaml':
      return 'application/yaml';
    case 'markdown':
      return 'text/markdown';
    case 'text':
      return 'text/plain';
  }
}

/** The name a single file downloads under: its path's last segment. */
export function downloadNameOf(path: string): string {
  return (
    path
      .split('/')
      .filter((part) => part.length > 0)
      .pop() ?? 'file.txt'
  );
}

/** Name of the zip that holds every file. */
export const ZIP_NAME = 'dagster-plus-isolation-config.zip';

/** Fixed modification time so the same answers give the same zip bytes. */
const ZIP_MTIME = new Date('2000-01-01T00:00:00Z');

/**
 * Zips every file at its path (repository folders included, as the emitters give them). Paths are
 * normalised (no leading "/", no "." or ".." segments) so nothing lands outside the archive root.
 */
export async function zipFiles(
  files: readonly Pick<GeneratedFile, 'path' | 'content'>[],
): Promise<Uint8Array> {
  // Stored, not deflated: the files are small text, and fflate's pass-through entries leave its
  // deflate code out of the bundle (a few kB fewer for every reader).
  const { strToU8, Zip, ZipPassThrough } = await import('fflate');
  const chunks: Uint8Array[] = [];
  const zip = new Zip((error, chunk) => {
    if (error !== null) throw error;
    chunks.push(chunk);
  });
  for (const file of files) {
    const entry = new ZipPassThrough(safeZipPath(file.path));
    entry.mtime = ZIP_MTIME;
    zip.add(entry);
    entry.push(strToU8(file.content), true);
  }
  zip.end();
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.length;
  }
  return out;
}

/** A path safe inside a zip (the CLI writes files by the same rule). */
export const safeZipPath = safeRelativePath;
