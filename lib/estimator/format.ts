/**
 * Human formatting of estimator figures: three significant digits with an SI suffix, the way figures are
 * said out loud in an interview ("1.16 K/s", "36.5 TB", "9.6 MB/s"). Byte units are decimal
 * (KB = 1,000 B) unless `binary` is asked for, matching the calculator's units. Non-finite input renders
 * as an em dash so NaN or Infinity can never reach the screen.
 */

const DECIMAL_PREFIXES = ['', 'K', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'] as const;
const BINARY_PREFIXES = ['', 'Ki', 'Mi', 'Gi', 'Ti', 'Pi', 'Ei', 'Zi', 'Yi'] as const;
const NOT_A_NUMBER = '—';

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
const groupedSmall = new Intl.NumberFormat('en-US', { maximumSignificantDigits: 3 });

/** Rounds to three significant digits and drops trailing zeros: 9.60 -> "9.6", 1157.4 -> "1.16e+3". */
function threeDigits(value: number): string {
  if (value === 0) return '0';
  const rounded = Number(value.toPrecision(3));
  return Math.abs(rounded) >= 1e-4 ? String(rounded) : rounded.toExponential();
}

/** Divides `value` by `base` until it shows in three digits, rounding first so 999.6 becomes "1 K", not "1000". */
function scaled(value: number, base: number, prefixes: readonly string[]): { text: string; prefix: string } {
  let index = 0;
  let current = value;
  // Compare the rounded figure with 1,000 (not `base`) so the mantissa never needs a fourth digit.
  while (index < prefixes.length - 1 && Math.abs(Number(current.toPrecision(3))) >= 1000) {
    current /= base;
    index += 1;
  }
  return { text: threeDigits(current), prefix: prefixes[index] ?? '' };
}

/** A plain number with thousands separators, for formulas: 100000000 -> "100,000,000", 0.2 -> "0.2". */
export function formatNumber(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return Math.abs(value) >= 1 || value === 0 ? grouped.format(value) : groupedSmall.format(value);
}

/** A count with an SI suffix: 1e8 -> "100 M", 250 -> "250". */
export function formatCount(value: number): string {
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  const { text, prefix } = scaled(value, 1000, DECIMAL_PREFIXES);
  return prefix ? `${text} ${prefix}` : text;
}

/** Events per second: 1157.4 -> "1.16 K/s", 12 -> "12/s". */
export function formatRate(perSecond: number): string {
  if (!Number.isFinite(perSecond)) return NOT_A_NUMBER;
  const { text, prefix } = scaled(perSecond, 1000, DECIMAL_PREFIXES);
  return prefix ? `${text} ${prefix}/s` : `${text}/s`;
}

/** Bytes, decimal by default: 36.5e12 -> "36.5 TB"; with `binary`, 1024 -> "1 KiB". */
export function formatBytes(bytes: number, options: { binary?: boolean } = {}): string {
  if (!Number.isFinite(bytes)) return NOT_A_NUMBER;
  const { text, prefix } = options.binary
    ? scaled(bytes, 1024, BINARY_PREFIXES)
    : scaled(bytes, 1000, DECIMAL_PREFIXES);
  return `${text} ${prefix}B`;
}

/** Bytes per second, decimal: 9.6e6 -> "9.6 MB/s". */
export function formatByteRate(bytesPerSecond: number): string {
  if (!Number.isFinite(bytesPerSecond)) return NOT_A_NUMBER;
  return `${formatBytes(bytesPerSecond)}/s`;
}

const DURATION_STEPS: readonly [limit: number, size: number, unit: string][] = [
  [1e-6, 1e-9, 'ns'],
  [1e-3, 1e-6, 'µs'],
  [1, 1e-3, 'ms'],
  [60, 1, 's'],
  [3_600, 60, 'min'],
  [86_400, 3_600, 'h'],
  [31_536_000, 86_400, 'days'],
];

/** A duration in seconds in the largest sensible unit: 0.0005 -> "500 µs", 172800 -> "2 days". */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return NOT_A_NUMBER;
  const magnitude = Math.abs(seconds);
  const step = DURATION_STEPS.find(([limit]) => magnitude < limit);
  if (step && magnitude !== 0) return `${threeDigits(seconds / step[1])} ${step[2]}`;
  if (magnitude === 0) return '0 s';
  return `${threeDigits(seconds / 31_536_000)} years`;
}

/** Unit names used by the model's steps and the calculator's base units. */
export type FigureUnit = 'B' | 'B/s' | '1/s' | 's' | 'count' | 'servers';

/** Formats a figure by its unit name; the single entry point the UI uses so every figure reads alike. */
export function formatFigure(value: number, unit: FigureUnit): string {
  switch (unit) {
    case 'B':
      return formatBytes(value);
    case 'B/s':
      return formatByteRate(value);
    case '1/s':
      return formatRate(value);
    case 's':
      return formatDuration(value);
    case 'servers':
      return Number.isFinite(value) ? `${formatNumber(value)} ${value === 1 ? 'server' : 'servers'}` : NOT_A_NUMBER;
    default:
      return formatCount(value);
  }
}
