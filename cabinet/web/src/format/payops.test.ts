import { describe, expect, it } from 'vitest';
import { operationKindName, operationMs, operationStateName, sbpIds, type PaymentOperation } from './payops';

const op = (over: Partial<PaymentOperation>): PaymentOperation => ({
  operation_id: 'o1',
  method: 'sbp',
  kind: 'payment',
  state: 'approved',
  amount: 100,
  at: '2026-12-03T13:05:00.000+03:00',
  rrn: '',
  auth_code: '',
  card_mask: '',
  response_code: '',
  message: '',
  qr_id: '',
  refund_id: '',
  transaction_id: '',
  original_operation_id: '',
  ...over,
});

describe('payment operations', () => {
  it('names kinds and results in Russian, unknown codes as they are', () => {
    expect(operationKindName('refund')).toBe('Возврат');
    expect(operationStateName('declined')).toBe('Отклонена');
    expect(operationStateName('odd')).toBe('odd');
  });
  it('lists the SBP ids that are present', () => {
    expect(sbpIds(op({ qr_id: 'AD1', transaction_id: '77' }))).toBe('QR AD1, операция 77');
    expect(sbpIds(op({ refund_id: 'r-1' }))).toBe('возврат r-1');
    expect(sbpIds(op({ method: 'card' }))).toBe('');
  });
  it('reads the time with its offset', () => {
    expect(operationMs(op({}))).toBe(Date.UTC(2026, 11, 3, 10, 5));
    expect(operationMs(op({ at: '' }))).toBe(0);
  });
});
