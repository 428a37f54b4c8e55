import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState } from 'react';
import { STORED_REPORTS_KEY } from '../../api/stored-report-queries.ts';
import type { Dataset } from '../../dataset/dataset-schema.ts';
import type { StatedYears } from '../../extract/extract-report.ts';
import { saveStoredDataset } from '../../api/report-store.ts';
import { addSessionReport } from '../../api/session-reports.ts';
import { toStorageFailure } from '../../api/storage-failure.ts';
import type { StorageProblem } from '../../api/storage-failure.ts';
import type { ExtractFunction, RereadFunction } from './extract-in-worker.ts';
import type { ExtractOutcome, ExtractStage, UploadFailure } from './extract-protocol.ts';
import { UPLOAD_MAX_BYTES } from './extract-protocol.ts';
import { suggestYears } from './suggest-years.ts';
import type { YearSuggestion } from './suggest-years.ts';

export type UploadState =
  | { status: 'idle' }
  /** `since`: when the job began (ms, Date.now), for the elapsed time; `cancellable` while the worker runs. */
  | {
      status: 'working';
      name: string;
      stage: ExtractStage | null;
      since: number;
      cancellable: boolean;
    }
  | { status: 'failed'; name: string; failure: UploadFailure }
  /**
   * Read, but the text does not say which years it reviews and plans: the user is asked for
   * them before anything is stored. `dataset` is the first reading (kept if the user declines).
   */
  | { status: 'needs-years'; name: string; dataset: Dataset; suggestion: YearSuggestion | null }
  /**
   * Read and valid, but the browser would not store it: opened for this visit only, with the
   * cause and what to do.
   */
  | {
      status: 'unsaved';
      name: string;
      title: string;
      count: number;
      problem: StorageProblem;
      neededBytes: number | null;
      freeBytes: number | null;
      detail: string;
    }
  | {
      status: 'done';
      name: string;
      title: string;
      count: number;
      /** The years the user gave, when the report was read again with them. */
      years: StatedYears | null;
    };

export interface UploadReport {
  state: UploadState;
  uploadFile: (file: File) => Promise<void>;
  uploadBytes: (bytes: ArrayBuffer, name: string) => Promise<void>;
  /** Reads the report waiting for its years again with these, then stores and opens it. */
  confirmYears: (years: StatedYears) => Promise<void>;
  /** Stores the report waiting for its years as it was read, without years. */
  keepWithoutYears: () => Promise<void>;
  /**
   * Stops the reading under way: the worker is terminated, nothing is stored, and the panel
   * shows what it showed before the upload began.
   */
  cancel: () => void;
}

/**
 * One upload at a time, as a small state machine: working (with the worker's stage), then
 * failed (nothing stored, the current view untouched), needs-years (the text does not say its
 * years: ask, then read again), unsaved (read, but the browser would not store it: opened for
 * this visit) or done (stored, then opened).
 */
export function useUploadReport(
  extract: ExtractFunction,
  reread: RereadFunction,
  onUploaded: (reportId: string) => void,
): UploadReport {
  const queryClient = useQueryClient();
  const [state, setState] = useState<UploadState>({ status: 'idle' });
  // A newer upload makes an older one's late result irrelevant.
  const latest = useRef(0);
  const running = useRef<AbortController | null>(null);
  const beforeJob = useRef<UploadState>({ status: 'idle' });

  /**
   * Runs a worker job as job number `job`, cancellable until it settles. Resolves null when it
   * was cancelled or overtaken by a newer job.
   */
  const runJob = useCallback(
    async (
      name: string,
      start: (
        onStage: (stage: ExtractStage) => void,
        signal: AbortSignal,
      ) => Promise<ExtractOutcome>,
    ): Promise<{ job: number; outcome: ExtractOutcome } | null> => {
      const job = ++latest.current;
      const current = () => job === latest.current;
      const controller = new AbortController();
      running.current = controller;
      const since = Date.now();
      setState((previous) => {
        if (previous.status !== 'working') beforeJob.current = previous;
        return { status: 'working', name, stage: null, since, cancellable: true };
      });
      try {
        const outcome = await start((stage) => {
          if (current()) setState({ status: 'working', name, stage, since, cancellable: true });
        }, controller.signal);
        return current() ? { job, outcome } : null;
      } catch (error) {
        if (controller.signal.aborted) return null;
        throw error;
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [],
  );

  const cancel = useCallback(() => {
    const controller = running.current;
    if (!controller) return;
    latest.current++;
    running.current = null;
    controller.abort(new DOMException('upload cancelled', 'AbortError'));
    setState(beforeJob.current);
  }, []);

  const store = useCallback(
    async (dataset: Dataset, name: string, job: number, years: StatedYears | null) => {
      const current = () => job === latest.current;
      const savedAt = Date.now();
      // Once the report is being stored there is nothing left to cancel.
      setState((previous) =>
        previous.status === 'working' ? { ...previous, cancellable: false } : previous,
      );
      try {
        await saveStoredDataset(dataset, savedAt);
      } catch (error) {
        // Reading worked; only keeping it failed. It stays open for this visit.
        const storage = toStorageFailure(error);
        addSessionReport({ dataset, savedAt, problem: storage.problem });
        if (!current()) return;
        setState({
          status: 'unsaved',
          name,
          title: dataset.report.title,
          count: dataset.indicators.length,
          problem: storage.problem,
          neededBytes: storage.neededBytes,
          freeBytes: storage.freeBytes,
          detail: storage.message,
        });
        onUploaded(dataset.report.id);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: STORED_REPORTS_KEY });
      if (!current()) return;
      setState({
        status: 'done',
        name,
        title: dataset.report.title,
        count: dataset.indicators.length,
        years,
      });
      onUploaded(dataset.report.id);
    },
    [onUploaded, queryClient],
  );

  const uploadBytes = useCallback(
    async (bytes: ArrayBuffer, name: string) => {
      const ran = await runJob(name, (onStage, signal) => extract(bytes, name, onStage, signal));
      if (!ran) return;
      const { job, outcome } = ran;
      if (!outcome.ok) {
        setState({ status: 'failed', name, failure: outcome.failure });
        return;
      }
      const { dataset } = outcome;
      if (dataset.report.reviewYear === null || dataset.report.planYear === null) {
        setState({ status: 'needs-years', name, dataset, suggestion: suggestYears(dataset, name) });
        return;
      }
      await store(dataset, name, job, null);
    },
    [extract, runJob, store],
  );

  const confirmYears = useCallback(
    async (years: StatedYears) => {
      if (state.status !== 'needs-years') return;
      const { name, dataset } = state;
      const { id, source } = dataset.report;
      const ran = await runJob(name, (onStage, signal) =>
        reread(
          dataset.text,
          { id, file: source.file, sha256: source.sha256 },
          years,
          onStage,
          signal,
        ),
      );
      if (!ran) return;
      const { job, outcome } = ran;
      if (!outcome.ok) {
        setState({ status: 'failed', name, failure: outcome.failure });
        return;
      }
      await store(outcome.dataset, name, job, years);
    },
    [reread, runJob, state, store],
  );

  const keepWithoutYears = useCallback(async () => {
    if (state.status !== 'needs-years') return;
    const job = ++latest.current;
    setState({
      status: 'working',
      name: state.name,
      stage: 'validating',
      since: Date.now(),
      cancellable: false,
    });
    await store(state.dataset, state.name, job, null);
  }, [state, store]);

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

  return { state, uploadFile, uploadBytes, confirmYears, keepWithoutYears, cancel };
}
