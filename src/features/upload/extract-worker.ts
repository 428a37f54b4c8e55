import type { ExtractRequest, ExtractResponse, ExtractStage } from './extract-protocol.ts';
import { runExtractJob, runRereadJob } from './run-extract-job.ts';

// The project compiles against the DOM lib, not WebWorker; this is the part of the
// dedicated worker scope we use.
interface WorkerScope {
  postMessage(message: ExtractResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ExtractRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', (event) => {
  const request = event.data;
  const { requestId } = request;
  const onStage = (stage: ExtractStage) =>
    scope.postMessage({ type: 'progress', requestId, stage });
  const job =
    request.type === 'extract'
      ? runExtractJob(new Uint8Array(request.bytes), request.fileName, onStage)
      : runRereadJob(request.text, request.source, request.years, onStage);
  void job.then((outcome) =>
    scope.postMessage(
      outcome.ok
        ? { type: 'done', requestId, dataset: outcome.dataset }
        : { type: 'failed', requestId, failure: outcome.failure },
    ),
  );
});
