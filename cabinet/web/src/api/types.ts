// The owner API's shapes, generated from cabinet/api/openapi.yaml (`npm run gen:api`, run by every
// build), so the pages and the server cannot drift apart.
import type { components } from './schema';

type Schemas = components['schemas'];

export type Me = Schemas['Me'];
export type Totals = Schemas['Totals'];
export type Dashboard = Schemas['Dashboard'];
export type SalesGroup = Schemas['SalesGroup'];
export type JournalItem = Schemas['JournalItem'];
export type CashDocument = Schemas['Document'];
export type PaymentOperation = Schemas['PaymentOperation'];
export type Shift = Schemas['Shift'];
export type Till = Schemas['Till'];
export type Alert = Schemas['Alert'];
export type PointOfSale = Schemas['PointOfSale'];
export type ApiErrorBody = Schemas['Error'];

export interface Page<T> {
  items: T[];
  has_more: boolean;
}
