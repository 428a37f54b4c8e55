import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { useI18n } from '../../lib/i18n/i18n.ts';
import type { ExtractFunction, RereadFunction } from './extract-in-worker.ts';
import { extractInWorker, rereadInWorker } from './extract-in-worker.ts';
import { EXTRACT_STAGES } from './extract-protocol.ts';
import {
  failureHeadline,
  failureText,
  stageText,
  storageCauseText,
  uploadText,
} from './upload-messages.ts';
import { useElapsedSeconds } from './use-elapsed-seconds.ts';
import { useUploadReport } from './use-upload-report.ts';
import { YearsForm } from './years-form.tsx';
import './upload.css';

interface UploadPanelProps {
  /** Called with the new report's id once it is stored, so the app can open it. */
  onUploaded: (reportId: string) => void;
  /** Tests pass the extraction job directly; the app runs it in a worker. */
  extract?: ExtractFunction;
  /** The job that reads a report again with the user's years; in a worker, like extract. */
  reread?: RereadFunction;
}

/** A file input and a paste box; the report is read off the main thread and stored locally. */
export function UploadPanel({
  onUploaded,
  extract = extractInWorker,
  reread = rereadInWorker,
}: UploadPanelProps) {
  const { lang } = useI18n();
  const { state, uploadFile, uploadBytes, confirmYears, keepWithoutYears, cancel } =
    useUploadReport(extract, reread, onUploaded);
  const elapsed = useElapsedSeconds(state.status === 'working' ? state.since : null);
  const [pasted, setPasted] = useState('');
  const fileId = useId();
  const pasteId = useId();
  const headingId = useId();
  const busy = state.status === 'working';

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing lets the same file be chosen again after a fix.
    event.target.value = '';
    if (file) void uploadFile(file);
  };

  const onPaste = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const bytes = new TextEncoder().encode(pasted);
    void uploadBytes(bytes.buffer, uploadText(lang, 'pastedName'));
  };

  const stageIndex =
    state.status === 'working' && state.stage ? EXTRACT_STAGES.indexOf(state.stage) + 1 : 0;

  return (
    <section className="upload-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>{uploadText(lang, 'title')}</h2>
      <p className="card-description">{uploadText(lang, 'description')}</p>
      <div className="upload-controls">
        <div className="upload-file">
          {/* The native control would say "Choose File / No file chosen" in the browser's
              language whatever the page's; the label, styled as a button, speaks ours. */}
          <input
            id={fileId}
            className="visually-hidden"
            type="file"
            accept=".txt,text/plain"
            onChange={onFile}
            disabled={busy}
            data-testid="upload-file"
          />
          <label htmlFor={fileId} className="button upload-file-button">
            {uploadText(lang, 'file')}
          </label>
        </div>
        <form onSubmit={onPaste} className="upload-paste">
          <label htmlFor={pasteId}>{uploadText(lang, 'paste')}</label>
          <textarea
            id={pasteId}
            rows={4}
            value={pasted}
            placeholder={uploadText(lang, 'pastePlaceholder')}
            onChange={(event) => setPasted(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy}>
            {uploadText(lang, 'read')}
          </button>
        </form>
      </div>
      <div aria-live="polite" className="upload-status">
        {state.status === 'working' ? (
          <p role="status">
            {uploadText(lang, 'working', { name: state.name })}{' '}
            <progress
              max={EXTRACT_STAGES.length}
              value={stageIndex}
              aria-label={uploadText(lang, 'progress')}
            />{' '}
            {state.stage ? stageText(lang, state.stage) : null}{' '}
            {elapsed !== null && elapsed > 0 ? (
              <span className="upload-elapsed">
                {uploadText(lang, 'elapsed', { seconds: elapsed })}
              </span>
            ) : null}{' '}
            {state.cancellable ? (
              <button type="button" className="button" onClick={cancel}>
                {uploadText(lang, 'cancel')}
              </button>
            ) : null}
          </p>
        ) : null}
        {state.status === 'done' ? (
          <p role="status" className="upload-done">
            {state.years
              ? uploadText(lang, 'doneWithYears', {
                  title: state.title || uploadText(lang, 'untitled'),
                  count: state.count,
                  review: state.years.reviewYear,
                  plan: state.years.planYear,
                })
              : uploadText(lang, 'done', {
                  title: state.title || uploadText(lang, 'untitled'),
                  count: state.count,
                })}
          </p>
        ) : null}
      </div>
      {state.status === 'needs-years' ? (
        <YearsForm
          // A new report waiting for its years starts from its own suggestion.
          key={state.dataset.report.id}
          name={state.name}
          suggestion={state.suggestion}
          onConfirm={(years) => void confirmYears(years)}
          onSkip={() => void keepWithoutYears()}
        />
      ) : null}
      {state.status === 'unsaved' ? (
        <div role="alert" className="upload-error" data-storage-problem={state.problem}>
          <p>
            {uploadText(lang, 'unsaved', {
              title: state.title || uploadText(lang, 'untitled'),
              count: state.count,
            })}
          </p>
          <p>{storageCauseText(lang, state.problem, state)}</p>
          <p className="upload-error-detail">{state.detail}</p>
        </div>
      ) : null}
      {state.status === 'failed' ? (
        <div role="alert" className="upload-error" data-failure={state.failure.code}>
          <p>
            {failureHeadline(lang, state.failure.code, state.name)}{' '}
            {failureText(lang, state.failure.code)}
          </p>
          <p className="upload-error-detail">{state.failure.detail}</p>
        </div>
      ) : null}
    </section>
  );
}
