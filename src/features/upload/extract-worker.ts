import type { ExtractRequest, ExtractResponse } from './extract-protocol.ts';
import { runExtractJob } from './run-extract-job.ts';

// The project compiles against the DOM lib, not WebWorker; this is the part of the
// dedicated worker scope we use.
interface WorkerScope {
  postMessage(message: ExtractResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const { requestId, bytes, fileName } = event.data;
  void runExtractJob(new Uint8Array(bytes), fileName, (stage) =>
    scope.postMessage({ type: 'progress', requestId, stage }),
  ).then((outcome) =>
    scope.postMessage(
      outcome.ok
        ? { type: 'done', requestId, dataset: outcome.dataset }
        : { type: 'failed', requestId, failure: outcome.failure },
    ),
  );
});
