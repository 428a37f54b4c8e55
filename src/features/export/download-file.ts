import { fail, succeed } from './export-result.ts';
import type { ExportResult } from './export-result.ts';

// Long enough for the browser to start reading the blob after the click; revoking it at once
// cancels the download in some browsers.
const REVOKE_AFTER_MS = 60_000;

/** Saves a blob under `fileName` through a temporary `<a download>`. */
export function downloadBlob(blob: Blob, fileName: string): ExportResult<null> {
  try {
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
    return succeed(null);
  } catch (error) {
    return fail('download-failed', error);
  }
}
