/**
 * Reads what a candidate types into a numeric field: plain or scientific numbers with optional thousands
 * separators ("100,000,000", "1e8") and an SI count suffix ("100M", "2.5K", "1G", "3T"). `B` is not a
 * suffix, because in an estimator it means bytes. Returns null for a blank field, NaN for anything else
 * that is not a finite number (the caller shows an inline message, never the NaN itself).
 */
const SUFFIXES: Readonly<Record<string, number>> = { k: 1e3, K: 1e3, M: 1e6, G: 1e9, T: 1e12 };
const NUMBER_PATTERN = /^([+-]?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?)\s*([kKMGT]?)$/i;

/** Parses a numeric field's text; see the module comment for what it accepts. */
export function parseNumberInput(text: string): number | null {
  const compact = text.trim().replace(/[,_\s](?=\d)/g, '');
  if (compact === '') return null;
  const match = NUMBER_PATTERN.exec(compact);
  if (!match?.[1]) return Number.NaN;
  const suffix = match[2] ?? '';
  const scale = suffix === '' ? 1 : SUFFIXES[suffix];
  if (scale === undefined) return Number.NaN;
  const value = Number(match[1]) * scale;
  return Number.isFinite(value) ? value : Number.NaN;
}

const WRITE_SUFFIXES: readonly [string, number][] = [['T', 1e12], ['G', 1e9], ['M', 1e6], ['K', 1e3]];

/**
 * Writes a stored number back into a field the way a candidate would type it: 1e8 -> "100M", 2500 ->
 * "2.5K", 0.2 -> "0.2". A suffix is used only when the text parses back to exactly the same number.
 */
export function numberToInput(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '';
  // Only the largest suffix that fits is tried, so 1,234,567 stays digits rather than "1234.567K".
  const fit = WRITE_SUFFIXES.find(([, scale]) => Math.abs(value) >= scale);
  if (fit) {
    const text = `${Number((value / fit[1]).toFixed(3))}${fit[0]}`;
    if (parseNumberInput(text) === value) return text;
  }
  return String(value);
}
