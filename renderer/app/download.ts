/**
 * Saves text or bytes as a file through a Blob and an anchor with `download`: the browser's save path in the preview
 * and Electron's download handler in the app. It is not navigation, so it passes the navigation guard.
 */

function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = fileName;
  anchor.rel = 'noopener';
  anchor.hidden = true;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // Revoke later: revoking at once can cancel the download before it starts.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Offers `content` for download as `fileName`. */
export function downloadText(fileName: string, mediaType: string, content: string): void {
  downloadBlob(fileName, new Blob([content], { type: mediaType || 'application/octet-stream' }));
}

/** Offers bytes (a PDF, a DOCX, a saved snapshot) for download as `fileName`. */
export function downloadBytes(fileName: string, mediaType: string, bytes: Uint8Array<ArrayBuffer>): void {
  downloadBlob(fileName, new Blob([bytes], { type: mediaType || 'application/octet-stream' }));
}
