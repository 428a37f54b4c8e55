import { fail, succeed } from './export-result.ts';
import type { ExportResult } from './export-result.ts';

/**
 * Puts a PNG on the clipboard. The write starts at once, in the click that asked for it, with
 * the image still being drawn: Safari only allows a clipboard write inside the user's gesture,
 * and accepts a promised blob for that reason (Chromium accepts one too). A render failure is
 * reported as itself; a refused permission as a refusal; nothing fails silently.
 */
export async function copyPng(render: Promise<ExportResult<Blob>>): Promise<ExportResult<null>> {
  if (
    typeof ClipboardItem === 'undefined' ||
    typeof navigator === 'undefined' ||
    typeof navigator.clipboard?.write !== 'function'
  ) {
    return fail('clipboard-unavailable');
  }
  const failed: { render: ExportResult<null> | null } = { render: null };
  const blob = render.then((result) => {
    if (result.ok) return result.value;
    failed.render = result;
    throw new Error(`rendering failed: ${result.failure}`);
  });
  try {
    await navigator.clipboard.write([new ClipboardItem({ 'image/png': blob })]);
    return succeed(null);
  } catch (error) {
    if (failed.render) return failed.render;
    const refused = error instanceof DOMException && error.name === 'NotAllowedError';
    return fail(refused ? 'clipboard-refused' : 'clipboard-failed', error);
  }
}
