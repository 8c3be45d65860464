import { estimateInputSchema, type EstimateInput, type EstimateMetric, type ResolvedEstimateInput } from './schema';
import { formatNumber, type FigureUnit } from './format';

/** Seconds in a day: every per-day figure becomes a per-second rate through it. */
export const SECONDS_PER_DAY = 86_400;
/** The model counts a year as 365 days, as candidates do out loud (the calculator's `year` agrees). */
export const DAYS_PER_YEAR = 365;

/** The unit each metric is answered in, for formatting and comparison. */
export const METRIC_UNITS: Readonly<Record<EstimateMetric, FigureUnit>> = {
  writesPerSecond: '1/s',
  readsPerSecond: '1/s',
  peakWritesPerSecond: '1/s',
  peakReadsPerSecond: '1/s',
  storageBytesPerDay: 'B',
  storageBytesTotal: 'B',
  ingressBytesPerSecond: 'B/s',
  egressBytesPerSecond: 'B/s',
  cacheBytes: 'B',
  servers: 'servers',
};

/** One line of working: the figure, the numbers put into its formula, and the result. */
export interface EstimateStep {
  label: string;
  formula: string;
  value: number;
  unit: FigureUnit;
}

/** The answer of `POST /api/estimate`. Rates are per second, sizes in bytes. */
export interface EstimateResult {
  writesPerSecond: number;
  readsPerSecond: number;
  peakWritesPerSecond: number;
  peakReadsPerSecond: number;
  storageBytesPerDay: number;
  storageBytesTotal: number;
  ingressBytesPerSecond: number;
  egressBytesPerSecond: number;
  cacheBytes: number;
  /** Only when `capacityPerServer` was given. */
  servers?: number;
  steps: EstimateStep[];
}

/** Inputs are bounded by the schema so this never fires; it keeps NaN or Infinity out of any answer. */
function finite(value: number, label: string): number {
  if (!Number.isFinite(value)) throw new RangeError(`${label} is out of range`);
  return value;
}

/** Joins operands and operators into a formula with the numbers put in: "100,000,000 × 1 ÷ 86,400". */
function formula(...parts: (number | string)[]): string {
  return parts.map((p) => (typeof p === 'number' ? formatNumber(p) : p)).join(' ');
}

type Figures = Omit<EstimateResult, 'steps' | 'servers'>;

/** The model's arithmetic, kept apart from its presentation so each formula is read once. */
function figuresOf(i: ResolvedEstimateInput): Figures {
  const writesPerSecond = (i.dailyActiveUsers * i.writesPerUserPerDay) / SECONDS_PER_DAY;
  const readsPerSecond = writesPerSecond * i.readsPerWrite;
  const storageBytesPerDay = i.dailyActiveUsers * i.writesPerUserPerDay * i.bytesPerWrite;
  return {
    writesPerSecond,
    readsPerSecond,
    peakWritesPerSecond: writesPerSecond * i.peakToAverage,
    peakReadsPerSecond: readsPerSecond * i.peakToAverage,
    storageBytesPerDay,
    storageBytesTotal: storageBytesPerDay * DAYS_PER_YEAR * i.retentionYears * i.replicationFactor,
    ingressBytesPerSecond: writesPerSecond * i.bytesPerWrite,
    egressBytesPerSecond: readsPerSecond * i.bytesPerWrite,
    cacheBytes: readsPerSecond * SECONDS_PER_DAY * i.cacheHotFraction * i.bytesPerWrite,
  };
}

/** One step: the label says the formula in words, `formula` repeats it with the numbers put in. */
function step(label: string, words: string, parts: (number | string)[], value: number, unit: FigureUnit): EstimateStep {
  return { label: `${label} = ${words}`, formula: formula(...parts), value: finite(value, label), unit };
}

function stepsOf(i: ResolvedEstimateInput, f: Figures): EstimateStep[] {
  return [
    step('Writes/s', 'users × writes per user ÷ 86,400',
      [i.dailyActiveUsers, '×', i.writesPerUserPerDay, '÷', SECONDS_PER_DAY], f.writesPerSecond, '1/s'),
    step('Reads/s', 'writes/s × reads per write', [f.writesPerSecond, '×', i.readsPerWrite], f.readsPerSecond, '1/s'),
    step('Peak writes/s', 'writes/s × peak factor',
      [f.writesPerSecond, '×', i.peakToAverage], f.peakWritesPerSecond, '1/s'),
    step('Peak reads/s', 'reads/s × peak factor',
      [f.readsPerSecond, '×', i.peakToAverage], f.peakReadsPerSecond, '1/s'),
    step('Storage per day', 'users × writes per user × bytes per write (before replication)',
      [i.dailyActiveUsers, '×', i.writesPerUserPerDay, '×', i.bytesPerWrite, 'B'], f.storageBytesPerDay, 'B'),
    step('Total storage', 'per day × 365 × years × replication factor',
      [f.storageBytesPerDay, 'B ×', DAYS_PER_YEAR, '×', i.retentionYears, '×', i.replicationFactor], f.storageBytesTotal, 'B'),
    step('Ingress', 'writes/s × bytes per write',
      [f.writesPerSecond, '×', i.bytesPerWrite, 'B'], f.ingressBytesPerSecond, 'B/s'),
    step('Egress', 'reads/s × bytes per write',
      [f.readsPerSecond, '×', i.bytesPerWrite, 'B'], f.egressBytesPerSecond, 'B/s'),
    step('Cache', 'reads/s × 86,400 × hot share × bytes per write',
      [f.readsPerSecond, '×', SECONDS_PER_DAY, '×', i.cacheHotFraction, '×', i.bytesPerWrite, 'B'], f.cacheBytes, 'B'),
  ];
}

/**
 * Computes the structured back-of-the-envelope model. Pure: parses `input` with `estimateInputSchema`
 * (applying defaults; throws its ZodError on invalid input) and returns every figure with a step whose
 * formula shows the numbers put in. `servers` is present only when `capacityPerServer` is given.
 */
export function computeEstimate(input: EstimateInput): EstimateResult {
  const i = estimateInputSchema.parse(input);
  const figures = figuresOf(i);
  const steps = stepsOf(i, figures);
  if (i.capacityPerServer === undefined) return { ...figures, steps };
  const peak = figures.peakWritesPerSecond + figures.peakReadsPerSecond;
  const servers = Math.ceil(peak / i.capacityPerServer);
  steps.push(
    step('Servers', 'ceil(peak requests/s ÷ capacity per server)',
      [`ceil((${formatNumber(figures.peakWritesPerSecond)} + ${formatNumber(figures.peakReadsPerSecond)}) ÷ ${formatNumber(i.capacityPerServer)})`], servers, 'servers'),
  );
  return { ...figures, servers, steps };
}
