/**
 * Annotated reports and interchange files: one round trip to `annotations.exportReport`, then a download. Text
 * formats go through the app's Blob download helper; the PDF arrives base64-encoded and is saved as bytes.
 */
import { call } from '../api';
import { base64ToBytes } from '../app/base64';
import { downloadBytes, downloadText } from '../app/download';

/** The report formats, with the label their button shows. */
export const REPORT_FORMATS = [
  { format: 'report-html', label: 'HTML report' },
  { format: 'report-pdf', label: 'PDF report' },
  { format: 'report-md', label: 'Markdown report' },
  { format: 'claims-csv', label: 'Claims CSV' },
  { format: 'jsonld', label: 'Web Annotation JSON-LD' },
  { format: 'claimreview', label: 'ClaimReview JSON-LD' },
] as const;

/** One report format's id. */
export type ReportFormat = (typeof REPORT_FORMATS)[number]['format'];

/** Exports article `id` as `format` and offers the file for download; returns its name. */
export async function exportReport(id: number, format: ReportFormat): Promise<string> {
  const file = await call('annotations.exportReport', { id, format });
  if (file.encoding === 'utf8') {
    downloadText(file.fileName, file.mediaType, file.content);
    return file.fileName;
  }
  downloadBytes(file.fileName, file.mediaType, base64ToBytes(file.content));
  return file.fileName;
}
