import { describe, expect, it } from 'vitest';
import { exportUrl } from './exports';

describe('export links', () => {
  const filter = { from: '2026-11-01', to: '2026-11-30', pointOfSale: 'pos-1' };

  it('carry the period and the point of sale for the journal', () => {
    expect(exportUrl('documents.csv', filter)).toBe(
      '/api/owner/v1/exports/documents.csv?from=2026-11-01&to=2026-11-30&point_of_sale_id=pos-1',
    );
    expect(exportUrl('documents.xlsx', { from: '2026-11-01', to: '2026-11-30' })).toBe(
      '/api/owner/v1/exports/documents.xlsx?from=2026-11-01&to=2026-11-30',
    );
  });

  it('give 1C the period only, and the catalog nothing', () => {
    expect(exportUrl('sales.xml', filter)).toBe(
      '/api/owner/v1/exports/sales.xml?from=2026-11-01&to=2026-11-30',
    );
    expect(exportUrl('catalog.xml', filter)).toBe('/api/owner/v1/exports/catalog.xml');
  });
});
