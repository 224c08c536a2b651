// Money arrives as integer kopecks and is shown the Russian way: `1 234,56 ₽`, a minus sign (U+2212)
// for money going out. Integer arithmetic only: no kopeck is ever rounded through a float.

const NBSP = '\u00a0';
const MINUS = '\u2212';

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, NBSP);
}

/** `123456` → `1 234,56`; negative values get a minus sign. */
export function formatKopecks(kopecks: number): string {
  if (!Number.isSafeInteger(kopecks)) return '—';
  const abs = Math.abs(kopecks);
  const rubles = Math.trunc(abs / 100);
  const rest = abs % 100;
  const sign = kopecks < 0 ? MINUS : '';
  return `${sign}${groupThousands(String(rubles))},${String(rest).padStart(2, '0')}`;
}

/** `123456` → `1 234,56 ₽`. */
export function formatMoney(kopecks: number): string {
  return `${formatKopecks(kopecks)}${NBSP}₽`;
}

/** Integer thousandths (`1500`) → `1,5`; whole numbers without a fraction (`2000` → `2`). */
export function formatQuantity(milli: number): string {
  if (!Number.isSafeInteger(milli)) return '—';
  const abs = Math.abs(milli);
  const whole = Math.trunc(abs / 1000);
  const fraction = String(abs % 1000)
    .padStart(3, '0')
    .replace(/0+$/, '');
  const sign = milli < 0 ? MINUS : '';
  return `${sign}${groupThousands(String(whole))}${fraction ? `,${fraction}` : ''}`;
}

/** A rouble amount typed by a person (`1 234,5`, `99.90`) → kopecks, or null when it is not money. */
export function parseRubles(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0₽]/g, '').replace(',', '.');
  const match = /^(\d{1,12})(?:\.(\d{1,2}))?$/.exec(cleaned);
  if (!match) return null;
  const rubles = Number(match[1]);
  const kopecks = Number((match[2] ?? '').padEnd(2, '0'));
  return rubles * 100 + kopecks;
}
