import { describe, expect, it } from 'vitest';
import { notificationKinds, thresholdsProblem, type NotificationSettings } from './notifications';

const kinds = Object.fromEntries(
  notificationKinds.map((k) => [k.value, true]),
) as NotificationSettings['kinds'];

describe('notification settings', () => {
  it('accepts whole numbers in range and names the one that is not', () => {
    expect(thresholdsProblem({ kinds, ofd_backlog_days: 3, till_silent_minutes: 60 })).toBe('');
    expect(thresholdsProblem({ kinds, ofd_backlog_days: 0, till_silent_minutes: 60 })).toMatch(
      /ОФД.*от 1 до 30/,
    );
    expect(thresholdsProblem({ kinds, ofd_backlog_days: 2.5, till_silent_minutes: 60 })).toMatch(/ОФД/);
    expect(thresholdsProblem({ kinds, ofd_backlog_days: 3, till_silent_minutes: 4 })).toMatch(
      /от 5 до 10080/,
    );
  });
  it('lists every kind of the API once', () => {
    expect(new Set(notificationKinds.map((k) => k.value)).size).toBe(Object.keys(kinds).length);
    expect(notificationKinds).toHaveLength(8);
  });
});
