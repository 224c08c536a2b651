// Russia's time zones a point of sale may keep (the server's list, openapi.yaml TimeZone), named as a
// person finds their town, west to east. Russia keeps no summer time, so each offset is fixed.
import type { components } from '../api/schema';

export type TimeZone = components['schemas']['TimeZone'];

export const timeZones: readonly { value: TimeZone; city: string; offset: number }[] = [
  { value: 'Europe/Kaliningrad', city: 'Калининград', offset: 2 },
  { value: 'Europe/Moscow', city: 'Москва', offset: 3 },
  { value: 'Europe/Kirov', city: 'Киров', offset: 3 },
  { value: 'Europe/Volgograd', city: 'Волгоград', offset: 3 },
  { value: 'Europe/Samara', city: 'Самара', offset: 4 },
  { value: 'Europe/Astrakhan', city: 'Астрахань', offset: 4 },
  { value: 'Europe/Saratov', city: 'Саратов', offset: 4 },
  { value: 'Europe/Ulyanovsk', city: 'Ульяновск', offset: 4 },
  { value: 'Asia/Yekaterinburg', city: 'Екатеринбург', offset: 5 },
  { value: 'Asia/Omsk', city: 'Омск', offset: 6 },
  { value: 'Asia/Novosibirsk', city: 'Новосибирск', offset: 7 },
  { value: 'Asia/Barnaul', city: 'Барнаул', offset: 7 },
  { value: 'Asia/Tomsk', city: 'Томск', offset: 7 },
  { value: 'Asia/Novokuznetsk', city: 'Новокузнецк', offset: 7 },
  { value: 'Asia/Krasnoyarsk', city: 'Красноярск', offset: 7 },
  { value: 'Asia/Irkutsk', city: 'Иркутск', offset: 8 },
  { value: 'Asia/Chita', city: 'Чита', offset: 9 },
  { value: 'Asia/Yakutsk', city: 'Якутск', offset: 9 },
  { value: 'Asia/Khandyga', city: 'Хандыга', offset: 9 },
  { value: 'Asia/Vladivostok', city: 'Владивосток', offset: 10 },
  { value: 'Asia/Ust-Nera', city: 'Усть-Нера', offset: 10 },
  { value: 'Asia/Magadan', city: 'Магадан', offset: 11 },
  { value: 'Asia/Sakhalin', city: 'Сахалин', offset: 11 },
  { value: 'Asia/Srednekolymsk', city: 'Среднеколымск', offset: 11 },
  { value: 'Asia/Kamchatka', city: 'Камчатка', offset: 12 },
  { value: 'Asia/Anadyr', city: 'Анадырь', offset: 12 },
];

/** `Москва (UTC+3)`; the bare name for a zone not in the list. */
export function timeZoneName(zone: string | undefined): string {
  const found = timeZones.find((z) => z.value === zone);
  return found ? `${found.city} (UTC+${found.offset})` : (zone ?? '');
}

export const timeZoneOptions = timeZones.map((z) => ({ value: z.value, label: timeZoneName(z.value) }));
