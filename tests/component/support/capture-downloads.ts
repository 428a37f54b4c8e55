import { afterEach, beforeEach } from 'vitest';

export interface CapturedDownload {
  name: string;
  blob: Blob;
}

/**
 * jsdom implements neither object URLs nor downloads. Object URLs are stood in for so that a
 * test can read the very blob the app hands to the browser; the download itself is a real
 * click on a real `<a download>`, observed and stopped before jsdom tries to navigate.
 * Call at the top of a test file; the returned array fills as downloads happen.
 */
export function captureDownloads(): CapturedDownload[] {
  const downloads: CapturedDownload[] = [];
  const blobs = new Map<string, Blob>();
  const onClick = (event: MouseEvent) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement) || !link.download) return;
    event.preventDefault();
    const blob = blobs.get(link.href);
    if (blob) downloads.push({ name: link.download, blob });
  };
  beforeEach(() => {
    let next = 0;
    URL.createObjectURL = (blob: Blob) => {
      next += 1;
      const url = `blob:test/${next}`;
      blobs.set(url, blob);
      return url;
    };
    URL.revokeObjectURL = (url: string) => void blobs.delete(url);
    document.addEventListener('click', onClick);
  });
  afterEach(() => {
    document.removeEventListener('click', onClick);
    downloads.length = 0;
    blobs.clear();
  });
  return downloads;
}

/** A downloaded text file as written, BOM included. */
export async function downloadedText(download: CapturedDownload | undefined): Promise<string> {
  const bytes = new Uint8Array(await (download?.blob ?? new Blob()).arrayBuffer());
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
