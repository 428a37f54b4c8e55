import { saveBlob } from '../../components/save-file.ts';
import { fail, succeed } from './export-result.ts';
import type { ExportResult } from './export-result.ts';

/** Saves a blob under `fileName`; a refusal is reported as a value the menu can show. */
export function downloadBlob(blob: Blob, fileName: string): ExportResult<null> {
  try {
    saveBlob(blob, fileName);
    return succeed(null);
  } catch (error) {
    return fail('download-failed', error);
  }
}
