import type { ReportSource, StatedYears } from '../../extract/extract-report.ts';
import type {
  ExtractOutcome,
  ExtractRequest,
  ExtractResponse,
  ExtractStage,
} from './extract-protocol.ts';

/**
 * A job of the worker. Aborting `signal` ends it at once: the worker is terminated and the
 * promise rejects with an AbortError.
 */
export type ExtractFunction = (
  bytes: ArrayBuffer,
  fileName: string,
  onStage: (stage: ExtractStage) => void,
  signal?: AbortSignal,
) => Promise<ExtractOutcome>;

/** Reads a report's text again with the years the user gave. */
export type RereadFunction = (
  text: string,
  source: ReportSource,
  years: StatedYears,
  onStage: (stage: ExtractStage) => void,
  signal?: AbortSignal,
) => Promise<ExtractOutcome>;

let nextRequestId = 1;

/** A request before it gets its id (Omit, distributed over the union). */
type WithoutId<T> = T extends unknown ? Omit<T, 'requestId'> : never;
type RequestBody = WithoutId<ExtractRequest>;

/**
 * Runs one job in a fresh worker, so the page stays responsive while a long report is read,
 * and a stuck job cannot hold up the next one. `transfer` is handed over, not copied.
 */
function runInWorker(
  body: RequestBody,
  transfer: Transferable[],
  onStage: (stage: ExtractStage) => void,
  signal?: AbortSignal,
): Promise<ExtractOutcome> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) {
      reject(signal.reason);
      return;
    }
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), {
      type: 'module',
    });
    const requestId = nextRequestId++;
    // Terminating is the only way to stop a synchronous extraction mid-way.
    const onAbort = (): void => {
      worker.terminate();
      reject(signal?.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    const finish = (outcome: ExtractOutcome): void => {
      signal?.removeEventListener('abort', onAbort);
      worker.terminate();
      resolve(outcome);
    };
    worker.addEventListener('message', (event: MessageEvent<ExtractResponse>) => {
      const message = event.data;
      if (message.requestId !== requestId) return;
      if (message.type === 'progress') onStage(message.stage);
      else if (message.type === 'done') finish({ ok: true, dataset: message.dataset });
      else finish({ ok: false, failure: message.failure });
    });
    worker.addEventListener('error', (event) =>
      finish({
        ok: false,
        failure: { code: 'internal', detail: event.message || 'worker failed' },
      }),
    );
    const request = { ...body, requestId } as ExtractRequest;
    worker.postMessage(request, transfer);
  });
}

/** Bytes to a dataset, off the main thread; the bytes are transferred. */
export const extractInWorker: ExtractFunction = (bytes, fileName, onStage, signal) =>
  runInWorker({ type: 'extract', bytes, fileName }, [bytes], onStage, signal);

/** The same report's text to a dataset with the user's years, off the main thread. */
export const rereadInWorker: RereadFunction = (text, source, years, onStage, signal) =>
  runInWorker({ type: 'reread', text, source, years }, [], onStage, signal);
