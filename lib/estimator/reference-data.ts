/**
 * The reference tables beside the scratch pad. Each row's `insert` is calculator text that evaluates to
 * the row's figure (a test checks this), so one click puts a correct, unit-bearing value into a line.
 */

export interface LatencyRow {
  operation: string;
  seconds: number;
  insert: string;
}

/** "Latency numbers every programmer should know" (Jeff Dean, Peter Norvig), rounded as usually quoted. */
export const LATENCY_NUMBERS: readonly LatencyRow[] = [
  { operation: 'L1 cache reference', seconds: 0.5e-9, insert: '0.5 ns' },
  { operation: 'Branch mispredict', seconds: 5e-9, insert: '5 ns' },
  { operation: 'L2 cache reference', seconds: 7e-9, insert: '7 ns' },
  { operation: 'Mutex lock/unlock', seconds: 25e-9, insert: '25 ns' },
  { operation: 'Main memory reference', seconds: 100e-9, insert: '100 ns' },
  { operation: 'Compress 1 KB (Snappy)', seconds: 3e-6, insert: '3 us' },
  { operation: 'Send 1 KB over 1 Gbps network', seconds: 10e-6, insert: '10 us' },
  { operation: 'Read 4 KB randomly from SSD', seconds: 150e-6, insert: '150 us' },
  { operation: 'Read 1 MB sequentially from memory', seconds: 250e-6, insert: '250 us' },
  { operation: 'Round trip within a datacenter', seconds: 500e-6, insert: '500 us' },
  { operation: 'Read 1 MB sequentially from SSD', seconds: 1e-3, insert: '1 ms' },
  { operation: 'Disk seek', seconds: 10e-3, insert: '10 ms' },
  { operation: 'Read 1 MB sequentially from disk', seconds: 20e-3, insert: '20 ms' },
  { operation: 'Packet California → Netherlands → California', seconds: 150e-3, insert: '150 ms' },
];

export interface PowerOfTwoRow {
  power: number;
  exact: number;
  approximate: string;
  insert: string;
}

/** Powers of two next to the decimal figure they are usually rounded to. */
export const POWERS_OF_TWO: readonly PowerOfTwoRow[] = [
  { power: 10, exact: 2 ** 10, approximate: '≈ 1 thousand', insert: '1 KiB' },
  { power: 20, exact: 2 ** 20, approximate: '≈ 1 million', insert: '1 MiB' },
  { power: 30, exact: 2 ** 30, approximate: '≈ 1 billion', insert: '1 GiB' },
  { power: 40, exact: 2 ** 40, approximate: '≈ 1 trillion', insert: '1 TiB' },
  { power: 50, exact: 2 ** 50, approximate: '≈ 1 quadrillion', insert: '1 PiB' },
];

export interface TimeRow {
  period: string;
  seconds: number;
  rounded: string;
  insert: string;
}

/** Seconds per period, with the calculator's conventions: a month is 30 days, a year 365. */
export const SECONDS_PER_PERIOD: readonly TimeRow[] = [
  { period: 'Minute', seconds: 60, rounded: '60', insert: '1 minute' },
  { period: 'Hour', seconds: 3_600, rounded: '≈ 3.6 K', insert: '1 hour' },
  { period: 'Day', seconds: 86_400, rounded: '≈ 10⁵ (86.4 K)', insert: '1 day' },
  { period: 'Month (30 days)', seconds: 2_592_000, rounded: '≈ 2.5 M', insert: '1 month' },
  { period: 'Year (365 days)', seconds: 31_536_000, rounded: '≈ 3 × 10⁷', insert: '1 year' },
];
