import { describe, expect, it } from 'vitest';
import { plural, times } from './plural';

describe('plural', () => {
  it('picks the Russian form by the last digits', () => {
    const form = (n: number) => plural(n, 'документ', 'документа', 'документов');
    expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 111].map(form)).toEqual([
      'документ',
      'документа',
      'документа',
      'документов',
      'документов',
      'документов',
      'документов',
      'документ',
      'документа',
      'документов',
      'документ',
      'документов',
    ]);
  });
  it('says how many times a till sent a document', () => {
    expect([times(1), times(3), times(12)]).toEqual(['1 раз', '3 раза', '12 раз']);
  });
});
