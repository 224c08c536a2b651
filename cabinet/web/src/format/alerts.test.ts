import { describe, expect, it } from 'vitest';
import { alertAdvice, bySeverity, severityName } from './alerts';

describe('alerts', () => {
  it('put the urgent ones first and keep the server order otherwise', () => {
    const sorted = bySeverity([
      { severity: 'warning', id: 1 },
      { severity: 'critical', id: 2 },
      { severity: 'info', id: 3 },
      { severity: 'critical', id: 4 },
    ]);
    expect(sorted.map((a) => a.id)).toEqual([2, 4, 1, 3]);
  });

  it('say what to do, also for a kind the page does not know yet', () => {
    expect(alertAdvice('shift_over_24h')).toContain('Закройте смену');
    expect(alertAdvice('rejected')).toContain('поддержку');
    expect(alertAdvice('something_new')).toContain('«Кассы»');
    expect(severityName('critical')).toBe('Срочно');
  });
});
