/**
 * Saves data the page made as a file, through a temporary object URL: no network request, no
 * inline script (the CSP allows `blob:`). The one place the app triggers a download.
 */

/** Saves a blob under `fileName`. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoking at once can cancel the download in some browsers; a second is plenty.
  setTimeout(() => {
    URL.revokeObjectURL(url);
  }, 1000);
}

/** Saves text as a UTF-8 file. */
export function downloadText(fileName: string, content: string, mime = 'text/plain'): void {
  downloadBlob(fileName, new Blob([content], { type: `${mime};charset=utf-8` }));
}
