import { StoredReportList } from '../features/upload/stored-report-list.tsx';
import { UploadPanel } from '../features/upload/upload-panel.tsx';

/** What "Your reports" holds once opened: the upload and the stored-report list. */
export function YourReportsContent({
  openId,
  onOpen,
  onDeleted,
}: {
  openId: string | null;
  onOpen: (report: string) => void;
  onDeleted: (id: string) => void;
}) {
  return (
    <>
      <UploadPanel onUploaded={onOpen} />
      <StoredReportList openId={openId} onOpen={onOpen} onDeleted={onDeleted} />
    </>
  );
}
