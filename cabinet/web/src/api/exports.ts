// The files an owner or accountant downloads: plain links to the owner API (the session cookie goes
// with them; a GET needs no CSRF token), with the period and point of sale of the page.
import { API_BASE, withQuery } from './client';

export interface ExportFilter {
  from: string;
  to: string;
  pointOfSale?: string;
}

export type ExportKind = 'documents.csv' | 'documents.xlsx' | 'sales.xml' | 'catalog.xml';

export function exportUrl(kind: ExportKind, filter: ExportFilter): string {
  if (kind === 'catalog.xml') return `${API_BASE}/exports/catalog.xml`;
  return withQuery(`${API_BASE}/exports/${kind}`, {
    from: filter.from,
    to: filter.to,
    // The 1C sales file is per point of sale already; the journal can be narrowed to one.
    point_of_sale_id: kind === 'sales.xml' ? undefined : filter.pointOfSale,
  });
}

/** What each file is for, in the words an accountant uses. */
export const exportFiles: { kind: ExportKind; title: string; hint: string }[] = [
  {
    kind: 'documents.xlsx',
    title: 'Кассовые документы, Excel (XLSX)',
    hint: 'Каждый чек, возврат, коррекция, внесение и изъятие за период с суммами и фискальными данными.',
  },
  {
    kind: 'documents.csv',
    title: 'Кассовые документы, CSV',
    hint: 'То же в CSV (UTF-8, разделитель «;») — открывается в Excel и загружается в другие программы.',
  },
  {
    kind: 'sales.xml',
    title: 'Продажи для 1С (CommerceML)',
    hint: 'Розничные продажи по дням и торговым точкам — для загрузки в 1С: Бухгалтерию или УТ.',
  },
  {
    kind: 'catalog.xml',
    title: 'Каталог для 1С (CommerceML)',
    hint: 'Все товары с ценами и штрихкодами, как сейчас на кассах. Период не нужен.',
  },
];
