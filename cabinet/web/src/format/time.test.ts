import { describe, expect, it } from 'vitest';
import { dayOf, formatDate, formatDateTime, SHOP_TIME_ZONE } from './time';
import { timeZoneName, timeZoneOptions, timeZones } from './timezones';

// 2026-12-03 11:05 UTC: 14:05 in Moscow, 21:05 in Vladivostok, 13:05 in Kaliningrad.
const moment = Date.UTC(2026, 11, 3, 11, 5);

describe('times in the point of sale’s zone', () => {
  it('shows the same moment as each shop’s clock does', () => {
    expect(formatDateTime(moment, 'Europe/Moscow')).toBe('03.12.2026 14:05');
    expect(formatDateTime(moment, 'Asia/Vladivostok')).toBe('03.12.2026 21:05');
    expect(formatDateTime(moment, 'Europe/Kaliningrad')).toBe('03.12.2026 13:05');
  });
  it('is Moscow when no zone is given or the zone is unknown', () => {
    expect(SHOP_TIME_ZONE).toBe('Europe/Moscow');
    expect(formatDateTime(moment)).toBe('03.12.2026 14:05');
    expect(formatDateTime(moment, 'Mars/Olympus')).toBe('03.12.2026 14:05');
  });
  it('takes the date and the business day from the zone too', () => {
    const lateEvening = Date.UTC(2026, 11, 3, 15, 30); // 18:30 in Moscow, 01:30 next day in Vladivostok
    expect(formatDate(lateEvening)).toBe('03.12.2026');
    expect(formatDate(lateEvening, 'Asia/Vladivostok')).toBe('04.12.2026');
    expect(dayOf(lateEvening)).toBe('2026-12-03');
    expect(dayOf(lateEvening, 'Asia/Vladivostok')).toBe('2026-12-04');
    expect(dayOf(lateEvening, 'Asia/Anadyr')).toBe('2026-12-04');
  });
});

describe('the zone list', () => {
  it('names zones by town with their offset', () => {
    expect(timeZoneName('Europe/Moscow')).toBe('Москва (UTC+3)');
    expect(timeZoneName('Asia/Vladivostok')).toBe('Владивосток (UTC+10)');
    expect(timeZoneOptions).toHaveLength(26);
  });
  it('offsets agree with the browser’s zone data, winter and summer alike', () => {
    for (const zone of timeZones)
      for (const at of [Date.UTC(2026, 0, 15, 0, 0), Date.UTC(2026, 6, 15, 0, 0)]) {
        const hour = Number(
          new Intl.DateTimeFormat('en-GB', {
            timeZone: zone.value,
            hour: '2-digit',
            hourCycle: 'h23',
          }).format(at),
        );
        expect(`${zone.value} ${hour}`).toBe(`${zone.value} ${zone.offset}`);
      }
  });
});
