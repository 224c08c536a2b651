// The import report in words: what a dry run would do, what the load did.
import type { ImportReport } from './catalog';
// Counts with a colon («товаров: 21»), so no number has to agree with its noun.
export function importSummary(report: ImportReport): string {
  const done = [`${report.dry_run ? 'Будет создано' : 'Создано'} товаров: ${report.created}`];
  if (report.updated > 0) done.push(`изменено: ${report.updated}`);
  if (report.groups_created > 0) done.push(`новых групп: ${report.groups_created}`);
  let text = done.join(', ');
  if (report.refused > 0)
    text +=
      `. ${report.dry_run ? 'Отклонено' : 'Не загружено'} строк: ${report.refused} — ` +
      (report.dry_run ? 'исправьте их в файле или загрузите остальные' : 'каталог они не изменили');
  return text + '.';
}

/** Whether a dry run found anything to load. */
export const hasWork = (report: ImportReport | null) => !!report && report.created + report.updated > 0;

export const statusName: Record<string, string> = {
  created: 'новый',
  updated: 'изменён',
  refused: 'отклонён',
};

/** The server's limit for a catalog file (8 MiB, openapi.yaml /catalog/import). */
export const IMPORT_MAX_BYTES = 8 * 1024 * 1024;

/** Why a file is not sent at all, or '' (8 MB of it would be sent only to be refused with a 413). */
export function fileProblem(file: { size: number }): string {
  if (file.size === 0) return 'Файл пуст: выберите CSV или книгу Excel (*.xlsx) с товарами.';
  if (file.size > IMPORT_MAX_BYTES)
    return `Файл больше 8 МБ (${(file.size / 1024 / 1024).toFixed(1).replace('.', ',')} МБ): разделите его на несколько.`;
  return '';
}
