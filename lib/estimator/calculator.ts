import { formatFigure, formatNumber } from './format';
import { BASE_UNITS, divide, evaluateIn, isReservedName, isUnit, newScope, type Unit } from './math';
import { readSpokenConversions } from './spoken-conversions';

/**
 * The scratch pad's calculator: units-aware expressions evaluated by mathjs (see ./math.ts for the units
 * and the lock-down). Every failure is returned per line, never thrown, so one bad line cannot break the pad.
 */

/** One scratch-pad line; a `name` lets later lines use its result. */
export interface CalculatorLine {
  name?: string;
  expression: string;
}

/** A line's outcome. `value` is in `unit` (null: a plain number); `display` is ready for the screen. */
export type LineResult = { ok: true; value: number; unit: string | null; display: string } | { ok: false; error: string };

type Success = Extract<LineResult, { ok: true }>;

export const MAX_EXPRESSION_LENGTH = 500;
const NAME_PATTERN = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

/** Rewrites mathjs's terse messages into ones a candidate can act on. */
function explain(error: unknown, failedNames: ReadonlySet<string>): string {
  const message = error instanceof Error ? error.message : String(error);
  const symbol = /^Undefined symbol (\S+)/.exec(message)?.[1];
  if (symbol && failedNames.has(symbol)) return `“${symbol}” refers to a line with an error`;
  if (symbol) return `Unknown name or unit “${symbol}”`;
  if (message.startsWith('Units do not match')) return `${message}: these quantities cannot be added or converted`;
  // `1 min` multiplies by mathjs's min() function; the message mathjs gives for that is unreadable.
  if (message.includes('actual: function')) return 'A function name was used as a quantity (write minute, not min)';
  return message;
}

/** mathjs writes "MB / s"; candidates write "MB/s". Both parse, so show the familiar form. */
function unitText(result: Unit): string {
  return result.formatUnits().replace(/ \/ /g, '/');
}

/** Describes a unit result in the base unit of its kind, so figures read alike ("9.6 MB/s"). */
function describeUnit(result: Unit): Success {
  if (result.value === null) throw new Error(`A unit needs a number: write 1 ${result.formatUnits()}`);
  if (result.fixPrefix) {
    // The line ended in `to <unit>`: keep the unit the candidate asked for.
    const unit = unitText(result);
    const value = result.toNumber(unit);
    return success(value, unit, `${formatNumber(value)} ${unit}`);
  }
  if (result.equalBase(BASE_UNITS.bytes)) return figure(result.toNumber('B'), 'B');
  if (result.equalBase(BASE_UNITS.bytesPerSecond)) return figure(result.toNumber('B/s'), 'B/s');
  if (result.equalBase(BASE_UNITS.perSecond)) return figure(result.toNumber('Hz'), '1/s');
  if (result.equalBase(BASE_UNITS.seconds)) return figure(result.toNumber('s'), 's');
  if (result.equalBase(BASE_UNITS.byteSeconds)) {
    // Said aloud, "5 years × 365 days × 2 TB/day" means 365 days per year; typed, it multiplies two durations.
    throw new Error(`Time is counted twice (the result is in ${unitText(result)}): write 5 years * 2 TB/day, or 5 * 365 days * 2 TB/day`);
  }
  const unit = unitText(result);
  const value = result.toNumber(unit);
  return success(value, unit, `${formatNumber(value)} ${unit}`);
}

function figure(value: number, unit: 'B' | 'B/s' | '1/s' | 's'): Success {
  return success(value, unit, formatFigure(value, unit));
}

function success(value: number, unit: string | null, display: string): Success {
  if (!Number.isFinite(value)) throw new Error('The result is not a finite number (division by zero?)');
  return { ok: true, value, unit, display };
}

/** Turns whatever mathjs returned into a line result; functions, matrices, strings and booleans are refused. */
function describe(result: unknown): Success {
  if (typeof result === 'number') return success(result, null, formatFigure(result, 'count'));
  if (isUnit(result)) return describeUnit(result);
  throw new Error('A line must give a number or a quantity with units');
}

/** Evaluates one expression; throws with mathjs's message on any failure. */
function evaluateExpression(expression: string, scope: Map<string, unknown>): unknown {
  if (expression.length > MAX_EXPRESSION_LENGTH) throw new Error(`Keep a line under ${MAX_EXPRESSION_LENGTH} characters`);
  if (expression.trim() === '') throw new Error('Enter an expression, e.g. 100M * 500 B / day to MB/s');
  // A copy, so an assignment typed into a line cannot leak into the lines after it.
  return evaluateIn(readSpokenConversions(expression), new Map(scope));
}

/** Why `name` cannot name a line, or null when it can. */
function nameProblem(name: string, taken: ReadonlySet<string>): string | null {
  if (!NAME_PATTERN.test(name)) return 'A name starts with a letter and has only letters, digits and _ (40 at most)';
  if (isReservedName(name)) return `“${name}” is already a unit, function or count word`;
  if (taken.has(name)) return `“${name}” names an earlier line`;
  return null;
}

/**
 * Evaluates scratch-pad lines in order. A named line's result is available to the lines after it by
 * that name; a line's failure (bad syntax, unknown name, bytes + seconds, a bad name) is reported on that
 * line only. Never throws.
 */
export function evaluateLines(lines: readonly CalculatorLine[]): LineResult[] {
  const scope = newScope();
  const taken = new Set<string>();
  const failedNames = new Set<string>();
  return lines.map((line): LineResult => {
    const name = line.name?.trim() || undefined;
    const problem = name === undefined ? null : nameProblem(name, taken);
    if (problem) return { ok: false, error: problem };
    if (name) taken.add(name);
    try {
      const raw = evaluateExpression(line.expression, scope);
      const result = describe(raw);
      if (name) scope.set(name, raw);
      return result;
    } catch (error) {
      if (name) failedNames.add(name);
      return { ok: false, error: explain(error, failedNames) };
    }
  });
}

/**
 * Evaluates `expression` (the same language as a scratch-pad line, without line names) and returns its
 * value in `unit`: a mathjs unit such as "TB", "MB/s", "GB" or "1/s", or "count" for a plain number.
 * Exact up to floating point; the problem library's tests recompute reference figures with it.
 * Throws an Error naming the expression and unit when they do not match or either does not parse.
 * @example evaluateToUnit('100M * 500 B / day', 'MB/s') // 0.5787…
 */
export function evaluateToUnit(expression: string, unit: string): number {
  const fail = (why: string): never => {
    throw new Error(`Cannot express “${expression}” in ${unit}: ${why}`);
  };
  let value: unknown;
  try {
    value = evaluateExpression(expression, newScope());
  } catch (error) {
    return fail(explain(error, new Set()));
  }
  if (unit === 'count') {
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    return fail(isUnit(value) ? `it has units (${value.formatUnits()})` : 'it is not a number');
  }
  let target: unknown;
  try {
    target = evaluateIn(unit, newScope());
  } catch (error) {
    return fail(`unknown unit (${explain(error, new Set())})`);
  }
  if (!isUnit(target)) return fail('that is not a unit');
  if (!isUnit(value)) return fail('it is a plain number; use "count"');
  if (!value.equalBase(target)) return fail(`its unit is ${value.formatUnits()}`);
  const converted = divide(value, target);
  if (typeof converted !== 'number' || !Number.isFinite(converted)) return fail('the result is not finite');
  return converted;
}
