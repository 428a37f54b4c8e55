export interface ExportOutcome {
  message: string;
  failed: boolean;
}

/**
 * Where an export says how it went. The polite status region is always present so screen
 * readers announce changes to it; a failure is an alert, inserted when it happens.
 */
export function ExportStatus({ outcome }: { outcome: ExportOutcome | null }) {
  return (
    <>
      <p className="export-status" role="status">
        {outcome && !outcome.failed ? outcome.message : ''}
      </p>
      {outcome?.failed ? (
        <p className="export-status export-status-error" role="alert">
          {outcome.message}
        </p>
      ) : null}
    </>
  );
}
