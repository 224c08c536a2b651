// Documents the cabinet refused from the tills (GET /quarantine): what came, from which till, why.
import type { components } from './schema';
import { get } from './client';
import type { Page } from './types';

export type RejectedDocument = components['schemas']['RejectedDocument'];
export type RejectedDocumentWithBody = RejectedDocument & { body: string };

export const quarantinePage = (offset: number, limit: number, pointOfSale?: string) =>
  get<Page<RejectedDocument>>('/quarantine', { offset, limit, point_of_sale_id: pointOfSale });
export const rejectedDocument = (id: string) =>
  get<RejectedDocumentWithBody>(`/quarantine/${encodeURIComponent(id)}`);

/** The body as a person reads it: indented when it is JSON, as sent when it is not. */
export function readableBody(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), null, 2);
  } catch {
    return body;
  }
}
