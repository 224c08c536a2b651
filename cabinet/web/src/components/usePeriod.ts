// The period of a report, kept in the URL (?from=&to=) so a link or a reload shows the same thing.
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { dayOf, SHOP_TIME_ZONE } from '../format/time';
import { commonZone, loadPointZones } from './usePointZones';

const DAY_MS = 86400000;

/** Today as the shops see it: the day of the zone all the user's points share, else Moscow's (the server's rule). */
export function todayDay(): string {
  return dayOf(Date.now(), commonZone() ?? SHOP_TIME_ZONE);
}

export function daysBefore(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `from` to `to` inclusive (at most 400, the API allows 366). */
export function daysBetween(from: string, to: string): string[] {
  const days: string[] = [];
  const end = Date.parse(`${to}T00:00:00Z`);
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= end && days.length < 400; t += DAY_MS)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const isDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

export function usePeriod(defaultDays = 0) {
  const route = useRoute();
  const router = useRouter();
  void loadPointZones(); // "today" depends on the points' zones
  const from = computed(() =>
    isDay(route.query.from) ? route.query.from : daysBefore(todayDay(), defaultDays),
  );
  const to = computed(() => (isDay(route.query.to) ? route.query.to : todayDay()));

  function setPeriod(newFrom: string, newTo: string): void {
    void router.replace({ query: { ...route.query, from: newFrom, to: newTo, offset: undefined } });
  }
  return { from, to, setPeriod };
}
