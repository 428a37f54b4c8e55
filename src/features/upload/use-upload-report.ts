import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { STORED_REPORTS_KEY } from '../../api/stored-report-queries.ts';
import { saveStoredDataset } from '../../lib/report-store.ts';
import type { ExtractFunction } from './extract-in-worker.ts';
import type { ExtractStage, UploadFailure } from './extract-protocol.ts';
import { UPLOAD_MAX_BYTES } from './extract-protocol.ts';

export type UploadState =
  | { status: 'idle' }
  | { status: 'working'; name: string; stage: ExtractStage | null }
  | { status: 'failed'; name: string; failure: UploadFailure }
  | { status: 'done'; name: string; title: string; count: number };

export interface UploadReport {
  state: UploadState;
  uploadFile: (file: File) => Promise<void>;
  uploadBytes: (bytes: ArrayBuffer, name: string) => Promise<void>;
}

/**
 * One upload at a time, as a small state machine: working (with the worker's stage), then
 * failed (nothing stored, the current view untouched) or done (stored, then opened).
 */
export function useUploadReport(
  extract: ExtractFunction,
  onUploaded: (reportId: string) => void,
): UploadReport {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  // A newer upload makes an older one's late result irrelevant.
  const latest = useRef(0);

  const uploadBytes = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      const job = ++latest.current;
      const current = () => job === latest.current;
      setState({ status: 'working', name, stage: null });
      const outcome = await extract(bytes, name, (stage) => {
        if (current()) setState({ status: 'working', name, stage });
      });
      if (!current()) return;
      if (!outcome.ok) {
        setState({ status: 'failed', name, failure: outcome.failure });
        return;
      }
      const { dataset } = outcome;
      try {
        await saveStoredDataset(dataset, Date.now());
      } catch (error) {
        setState({
          status: 'failed',
          name,
          failure: { code: 'internal', detail: error instanceof Error ? error.message : 'storage' },
        });
        return;
      }
      await queryClient.invalidateQueries({ queryKey: STORED_REPORTS_KEY });
      if (!current()) return;
      setState({
        status: 'done',
        name,
        title: dataset.report.title,
        count: dataset.indicators.length,
      });
      onUploaded(dataset.report.id);
    },
    [extract, onUploaded, queryClient],
  );

  const uploadFile = useCallback(
    async (file: File) => {
      // Refused before reading: a huge file should not even be loaded into memory.
      if (file.size > UPLOAD_MAX_BYTES) {
        latest.current++;
        setState({
          status: 'failed',
          name: file.name,
          failure: {
            code: 'too-large',
            detail: `${(file.size / 1024 / 1024).toFixed(1)} MB; the limit is 5 MB`,
          },
        });
        return;
      }
      await uploadBytes(await file.arrayBuffer(), file.name);
    },
    [uploadBytes],
  );

  return { state, uploadFile, uploadBytes };
}
