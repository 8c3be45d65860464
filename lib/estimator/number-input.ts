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

/** Writes a stored number back into a field: plain digits, no grouping, so it parses back identically. */
export function numberToInput(value: number | null | undefined): string {
  return value === null || value === undefined || !Number.isFinite(value) ? '' : String(value);
}
