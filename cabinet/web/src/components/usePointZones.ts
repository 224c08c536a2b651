// The time zone of each point of sale the user sees, loaded once from /points-of-sale and shared by
// every page that shows times of a point's documents, shifts or tills. Until it arrives (or when it
// fails) times are shown in Moscow; the map is reactive, so the cells redraw in the point's zone.
import { ref } from 'vue';
import { listPointsOfSale, type PointOfSale } from '../api/structure';
import { me } from '../api/session';
import { SHOP_TIME_ZONE } from '../format/time';

const zones = ref<ReadonlyMap<string, string>>(new Map());
let loadedFor: string | null = null; // the user the map belongs to: another sign-in loads it again
let loading: Promise<void> | null = null;

const userId = () => me.value?.user?.id ?? '';

/** Takes the zones from a fresh points list (the Точки page after a change). */
export function rememberPointZones(points: readonly PointOfSale[]): void {
  zones.value = new Map(points.map((p) => [p.id ?? '', p.time_zone ?? SHOP_TIME_ZONE]));
  loadedFor = userId();
  loading = Promise.resolve();
}

export function loadPointZones(): Promise<void> {
  if (loading && loadedFor === userId()) return loading;
  loadedFor = userId();
  loading = listPointsOfSale().then(rememberPointZones, () => {
    loadedFor = null; // try again on the next page
  });
  return loading;
}

/** The zone of a point of sale by its id; Moscow when unknown. */
export function zoneOf(pointOfSaleId: string | null | undefined): string {
  return zones.value.get(pointOfSaleId ?? '') ?? SHOP_TIME_ZONE;
}

/** What a page needs: `zoneOf(row.point_of_sale_id)`, the list loaded if it was not yet. */
export function usePointZones(): { zoneOf: typeof zoneOf } {
  void loadPointZones();
  return { zoneOf };
}

/** The zone all the user's points share, or null when they are in several (or none is known). */
export function commonZone(): string | null {
  const all = new Set(zones.value.values());
  return all.size === 1 ? ([...all][0] ?? null) : null;
}
