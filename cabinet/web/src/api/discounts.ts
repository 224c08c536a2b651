// Manual discounts at a point of sale (the owner API's /points-of-sale/{id}/discount-settings):
// allowed at all, and the largest discount each till role may give, in whole percents.
import type { components } from './schema';
import { get, request } from './client';

export type DiscountSettings = components['schemas']['DiscountSettings'];

const id = (value: string) => encodeURIComponent(value);

export const getDiscountSettings = (pos: string) =>
  get<DiscountSettings>(`/points-of-sale/${id(pos)}/discount-settings`);
export const putDiscountSettings = (pos: string, value: DiscountSettings) =>
  request<DiscountSettings>('PUT', `/points-of-sale/${id(pos)}/discount-settings`, value);

/** What is wrong with a percent as typed (whole, 0 to 100), or '' when it is fine. */
export function percentProblem(value: number | null): string {
  if (value === null || !Number.isInteger(value) || value < 0 || value > 100)
    return 'Целое число процентов от 0 до 100';
  return '';
}
