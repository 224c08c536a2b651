// Russian plural forms: 1 раз, 2 раза, 5 раз; 21 раз, 22 раза, 11–14 раз.
export function plural(n: number, one: string, few: string, many: string): string {
  const tens = Math.abs(n) % 100;
  const units = tens % 10;
  if (tens >= 11 && tens <= 14) return many;
  if (units === 1) return one;
  if (units >= 2 && units <= 4) return few;
  return many;
}

export const times = (n: number): string => `${n} ${plural(n, 'раз', 'раза', 'раз')}`;
