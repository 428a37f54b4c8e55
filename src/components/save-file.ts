// Long enough for the browser to start reading the blob after the click; revoking it at once
// cancels the download in some browsers.
const REVOKE_AFTER_MS = 60_000;

/**
 * Saves a blob under `fileName` through a temporary `<a download>`; throws where the browser
 * refuses. Shared by the export menu and the ledger's research downloads.
 */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS);
}

// Browsers and file systems differ in what they accept; lower-case ASCII letters, digits and
// single hyphens survive everywhere (and in URLs, e-mail attachments and shell scripts).
export function slugify(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
