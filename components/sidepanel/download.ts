import type { ExportFile } from '../../utils/messages/types';

/**
 * Saves an export through an <a download> on a blob URL: no downloads permission needed, and
 * the browser asks where to save as it does for any download.
 */
export function downloadFile(file: ExportFile): void {
  const url = URL.createObjectURL(new Blob([file.text], { type: file.mime }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = file.filename;
  anchor.style.display = 'none';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  // The download has started by the next tick; revoking later frees the text.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
