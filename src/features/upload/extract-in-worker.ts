import type {
  ExtractOutcome,
  ExtractRequest,
  ExtractResponse,
  ExtractStage,
} from './extract-protocol.ts';

export type ExtractFunction = (
  bytes: ArrayBuffer,
  fileName: string,
  onStage: (stage: ExtractStage) => void,
) => Promise<ExtractOutcome>;

let nextRequestId = 1;

/**
 * Runs one extraction in a fresh worker, so the page stays responsive while a long report
 * is read, and a stuck job cannot hold up the next one. The bytes are transferred.
 */
export const extractInWorker: ExtractFunction = (bytes, fileName, onStage) =>
  new Promise((resolve) => {
    const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), {
      type: 'module',
    });
    const requestId = nextRequestId++;
    const finish = (outcome: ExtractOutcome): void => {
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
    const request: ExtractRequest = { type: 'extract', requestId, bytes, fileName };
    worker.postMessage(request, [bytes]);
  });
