/**
 * Where a generated file may be written: the app's zip and the CLI's output folder both place
 * files by this one rule, so a path can never climb out of the folder it is written into.
 */

/** A relative path with forward slashes and no empty, "." or ".." segments ("file.txt" if none). */
export const safeRelativePath = (path: string): string => {
  const parts = path
    .replaceAll('\\', '/')
    .split('/')
    .filter((part) => part !== '' && part !== '.' && part !== '..');
  return parts.length > 0 ? parts.join('/') : 'file.txt';
};
