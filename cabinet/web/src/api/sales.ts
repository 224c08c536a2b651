// Продажи: the owner API's groupings of one period, and how each reads as a table row.
import { get } from './client';
import type { SalesGroup } from './types';
import { paymentName, vatName } from '../format/names';
import { formatDay } from '../format/time';

export const groupings = [
  { value: 'day', label: 'По дням', column: 'День' },
  { value: 'point_of_sale', label: 'По точкам', column: 'Точка' },
  { value: 'workplace', label: 'По кассам', column: 'Касса' },
  { value: 'cashier', label: 'По кассирам', column: 'Кассир' },
  { value: 'hour', label: 'По часам', column: 'Час' },
  { value: 'product', label: 'По товарам', column: 'Товар' },
  { value: 'payment', label: 'По оплате', column: 'Оплата' },
  { value: 'vat', label: 'По НДС', column: 'Ставка НДС' },
] as const;
export type Grouping = (typeof groupings)[number]['value'];

export const isGrouping = (value: unknown): value is Grouping => groupings.some((g) => g.value === value);

export const listSales = (by: Grouping, from: string, to: string) =>
  get<SalesGroup[]>('/sales', { by, from, to });

const field = (group: SalesGroup, key: string) => (group as Record<string, unknown>)[key];
const text = (group: SalesGroup, key: string) => String(field(group, key) ?? '');

/** The first column of a row: a day, an hour, a name, a payment method or a VAT rate in words. */
export function groupLabel(by: Grouping, group: SalesGroup): string {
  switch (by) {
    case 'day':
      return formatDay(text(group, 'day'));
    case 'hour': {
      const hour = Number(text(group, 'hour'));
      return `${String(hour).padStart(2, '0')}:00–${String(hour + 1).padStart(2, '0')}:00`;
    }
    case 'payment':
      return paymentName(text(group, 'method'));
    case 'vat':
      return vatName(text(group, 'vat'));
    default: {
      const name = text(group, 'name');
      if (name) return name;
      const key = text(
        group,
        {
          point_of_sale: 'point_of_sale_id',
          workplace: 'workplace_id',
          cashier: 'employee_id',
          product: 'product_id',
        }[by],
      );
      if (!key) return 'Без указания';
      // A till that sent its own ids (before it had the cabinet's) or an entity since deleted.
      return key.startsWith('local:')
        ? `№ ${key.slice(6)} на кассе (без облачного id)`
        : 'Удалён или неизвестен';
    }
  }
}

/** Quantity and VAT columns exist only for the product and VAT groupings. */
export const hasQuantity = (by: Grouping) => by === 'product' || by === 'vat';
