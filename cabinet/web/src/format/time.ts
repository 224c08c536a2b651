// Dates as `03.12.2026`, times as `14:05`, in the time zone of the point of sale the thing belongs to
// (its `time_zone`, see usePointZones); Moscow where no point is known, as most of our shops keep.

export const SHOP_TIME_ZONE = 'Europe/Moscow';

const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const dayFormats = new Map<string, Intl.DateTimeFormat>();

// Intl formatters are costly to make and a table renders hundreds of cells: one per zone.
function cached(
  cache: Map<string, Intl.DateTimeFormat>,
  zone: string,
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  let format = cache.get(zone);
  if (!format) {
    try {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: zone });
    } catch {
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: SHOP_TIME_ZONE }); // unknown zone
    }
    cache.set(zone, format);
  }
  return format;
}

const dateFormat = (zone: string) =>
  cached(dateFormats, zone, 'ru-RU', { day: '2-digit', month: '2-digit', year: 'numeric' });
const timeFormat = (zone: string) =>
  cached(timeFormats, zone, 'ru-RU', { hour: '2-digit', minute: '2-digit' });

export function formatDate(ms: number, zone: string = SHOP_TIME_ZONE): string {
  return dateFormat(zone).format(ms);
}

export function formatDateTime(ms: number, zone: string = SHOP_TIME_ZONE): string {
  return `${dateFormat(zone).format(ms)} ${timeFormat(zone).format(ms)}`;
}

/** A business day `2026-12-03` → `03.12.2026`. */
export function formatDay(day: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : day;
}

/** `YYYY-MM-DD` of a moment in a point of sale's time zone. */
export function dayOf(ms: number, zone: string = SHOP_TIME_ZONE): string {
  return cached(dayFormats, zone, 'en-CA', { year: 'numeric', month: '2-digit', day: '2-digit' }).format(ms);
}

/** `3 ч 20 мин`, `2 дн 4 ч`: how long something has lasted. */
export function formatDuration(ms: number): string {
  const minutes = Math.max(0, Math.floor(ms / 60000));
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = minutes % 60;
  if (days > 0) return `${days} дн ${hours} ч`;
  if (hours > 0) return `${hours} ч ${mins} мин`;
  return `${mins} мин`;
}
