// The catalog as the owner API has it: products and their groups (the tills' categories).
import type { components } from './schema';
import { get, request, withQuery } from './client';
import type { Page } from './types';

export type Product = components['schemas']['Product'];
export type ProductInput = components['schemas']['ProductInput'];
export type Group = components['schemas']['Group'];
export type ImportReport = components['schemas']['ImportReport'];
export type ImportRow = components['schemas']['ImportRow'];

/** A page of products; `q` matches any word of the name, article or barcode (the server folds case and ё). */
export const listProducts = (offset: number, limit: number, filter: { q?: string; groupId?: string } = {}) =>
  get<Page<Product>>('/catalog/products', { offset, limit, q: filter.q, group_id: filter.groupId });
export const listGroups = () => get<Page<Group>>('/catalog/groups', { limit: 500 });
export const createProduct = (input: ProductInput) => request<Product>('POST', '/catalog/products', input);
export const updateProduct = (id: string, input: ProductInput) =>
  request<Product>('PUT', `/catalog/products/${encodeURIComponent(id)}`, input);
export const deleteProduct = (id: string) =>
  request<unknown>('DELETE', `/catalog/products/${encodeURIComponent(id)}`);

/** Checks (`dryRun`) or loads a CSV or XLSX of products; the format follows the file's extension. */
export function importCatalog(file: Blob & { name?: string }, dryRun: boolean) {
  const extension = /\.(csv|xlsx)$/i.exec(file.name ?? '')?.[1]?.toLowerCase();
  return request<ImportReport>(
    'POST',
    withQuery('/catalog/import', { dry_run: dryRun ? 'true' : undefined, format: extension }),
    file,
  );
}

export const unitOptions = [
  { value: 'pcs', label: 'шт' },
  { value: 'kg', label: 'кг' },
  { value: 'g', label: 'г' },
  { value: 'l', label: 'л' },
  { value: 'ml', label: 'мл' },
  { value: 'm', label: 'м' },
];

export const vatOptions = [
  { value: 'none', label: 'Без НДС' },
  { value: 'vat0', label: 'НДС 0%' },
  { value: 'vat5', label: 'НДС 5%' },
  { value: 'vat7', label: 'НДС 7%' },
  { value: 'vat10', label: 'НДС 10%' },
  { value: 'vat20', label: 'НДС 20%' },
  { value: 'vat22', label: 'НДС 22%' },
];

export const unitName = (code: string | undefined) =>
  unitOptions.find((u) => u.value === code)?.label ?? code ?? '';

/** Roles that may load a catalog file: a bulk change is the owner's or an admin's (the server checks it too). */
export const mayImportCatalog = (role: string | undefined) => role === 'owner' || role === 'admin';

/** Roles that may change the catalog (the server checks it too). */
export const mayEditCatalog = (role: string | undefined) =>
  role === 'owner' || role === 'admin' || role === 'manager';
