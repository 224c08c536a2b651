// The card and SBP operations of a document (issue 20): Russian names of their kinds and results, and
// the one line of ids an owner compares with the bank's statement.

import type { PaymentOperation } from '../api/types';

export type { PaymentOperation };

const kinds: Record<string, string> = {
  payment: 'Оплата',
  cancel: 'Отмена',
  refund: 'Возврат',
  revoke: 'Отзыв QR‑кода',
};

const states: Record<string, string> = {
  approved: 'Одобрена',
  declined: 'Отклонена',
  cancelled: 'Отменена',
  unknown: 'Исход неизвестен',
  attention: 'Требует проверки',
  started: 'Не завершена',
};

export const operationKindName = (code: string | undefined) => kinds[code ?? ''] ?? code ?? '';
export const operationStateName = (code: string | undefined) => states[code ?? ''] ?? code ?? '';

// The SBP ids worth showing, labelled: QR, refund, transaction; empty for a card operation.
export function sbpIds(op: PaymentOperation): string {
  const parts: string[] = [];
  if (op.qr_id) parts.push(`QR ${op.qr_id}`);
  if (op.refund_id) parts.push(`возврат ${op.refund_id}`);
  if (op.transaction_id) parts.push(`операция ${op.transaction_id}`);
  return parts.join(', ');
}

// The operation's time in milliseconds; 0 when the till sent none that parses.
export function operationMs(op: PaymentOperation): number {
  const ms = Date.parse(op.at ?? '');
  return Number.isNaN(ms) ? 0 : ms;
}
