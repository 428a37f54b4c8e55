import { checkDataFile } from './data-file-check.ts';
import type { CheckedDataFile, DataFileKind } from './data-file-check.ts';

export interface DataFileRequest {
  id: number;
  kind: DataFileKind;
  file: string;
  bytes: ArrayBuffer;
}
export type DataFileResponse = CheckedDataFile & { id: number };

// The project compiles against the DOM lib, not WebWorker; this is the part of the
// dedicated worker scope we use.
interface WorkerScope {
  postMessage(message: DataFileResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<DataFileRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;

scope.addEventListener('message', ({ data: { id, kind, file, bytes } }) => {
  scope.postMessage({ ...checkDataFile(kind, file, bytes), id });
});
