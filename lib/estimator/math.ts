import { all, create, type Unit } from 'mathjs';

/**
 * The estimator's one mathjs instance, configured for back-of-the-envelope work:
 * - bytes: mathjs's decimal kB/MB/GB/TB/PB and binary KiB/MiB/GiB/TiB, plus `KB` (= 1,000 B, the spelling
 *   interviews use; mathjs itself only knows lower-case `kB`);
 * - time: `year` is 365 days and `month` 30 days, the round figures said aloud (mathjs's own year is
 *   365.25 days), so `5 years * 2 TB/day` is exactly 3,650 TB and agrees with the structured model;
 * - counts: `K`, `M`, `Bn` and thousand/million/billion/trillion are plain numbers (`100M` = 1e8; `B` stays
 *   bytes), and nouns such as `req` or `users` are 1, so `2K req/s` is simply 2,000/s.
 * Expressions come from users, so the functions mathjs's security guide lists are disabled afterwards.
 */
if (!all) throw new Error('mathjs did not export its function map');
const math = create(all);

math.createUnit({ KB: '1000 B', Kb: '1000 b' });
math.createUnit('year', { definition: '365 day', aliases: ['years', 'yr', 'yrs'] }, { override: true });
math.createUnit('month', { definition: '30 day', aliases: ['months'] }, { override: true });

/** Kept before the lock-down below: the disabled names are only replaced on the instance. */
const { evaluate, divide, isUnit } = math;

const DISABLED = [
  'import',
  'createUnit',
  'reviver',
  'evaluate',
  'parse',
  'compile',
  'simplify',
  'simplifyConstant',
  'simplifyCore',
  'rationalize',
  'derivative',
  'resolve',
  'leafCount',
  'symbolicEqual',
] as const;

math.import(
  Object.fromEntries(
    DISABLED.map((name) => [
      name,
      () => {
        throw new Error(`Function ${name} is disabled`);
      },
    ]),
  ),
  { override: true },
);

/** Nouns that only say what is counted: `2K req/s` is 2,000 per second. */
const COUNT_NOUNS = [
  ...['req', 'reqs', 'request', 'requests', 'user', 'users', 'write', 'writes', 'read', 'reads'],
  ...['record', 'records', 'event', 'events', 'msg', 'msgs', 'message', 'messages'],
];

/** Count words and their values; they shadow any unit of the same name (`K` is not kelvin here). */
export const COUNT_WORDS: Readonly<Record<string, number>> = {
  K: 1e3,
  M: 1e6,
  Bn: 1e9,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  ...Object.fromEntries(COUNT_NOUNS.map((noun) => [noun, 1])),
};

/** Whether `name` already means something to the calculator (a unit, function, constant or count word). */
export function isReservedName(name: string): boolean {
  return name in COUNT_WORDS || name in math || math.Unit.isValuelessUnit(name);
}

/** A fresh scope holding the count words, to which lines add their named results. */
export function newScope(): Map<string, unknown> {
  return new Map<string, unknown>(Object.entries(COUNT_WORDS));
}

/** Evaluates one expression in `scope` with the restricted instance. Throws mathjs's errors. */
export function evaluateIn(expression: string, scope: Map<string, unknown>): unknown {
  return evaluate(expression, scope);
}

/** Reference units the calculator classifies results by. */
export const BASE_UNITS = {
  bytes: evaluate('1 B') as Unit,
  bytesPerSecond: evaluate('1 B/s') as Unit,
  perSecond: evaluate('1/s') as Unit,
  seconds: evaluate('1 s') as Unit,
  byteSeconds: evaluate('1 B * s') as Unit,
};

export { divide, isUnit, math };
export type { Unit };
