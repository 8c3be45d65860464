import { formatCount, formatFigure, type FigureUnit } from '@/lib/estimator/format';
import { METRIC_UNITS } from '@/lib/estimator/model';
import type { ReferenceFigure } from './schema';

const FIGURE_UNITS: readonly string[] = ['B', 'B/s', '1/s', 's', 'count', 'servers'] satisfies FigureUnit[];
const TIME_WORDS = new Set(['second', 'minute', 'hour', 'day', 'week', 'month', 'year']);

function isFigureUnit(unit: string): unit is FigureUnit {
  return FIGURE_UNITS.includes(unit);
}

/**
 * A reference figure as it is said aloud: metric figures and base units through the estimator's own
 * formatting ("347 K/s", "274 TB"), other units as written in the content ("10 GB", "96.4 years").
 */
export function displayFigure(figure: Pick<ReferenceFigure, 'metric' | 'value' | 'unit'>): string {
  const unit = figure.metric ? METRIC_UNITS[figure.metric] : figure.unit;
  if (isFigureUnit(unit)) return formatFigure(figure.value, unit);
  const plural = TIME_WORDS.has(unit) && figure.value !== 1 ? 's' : '';
  return `${formatCount(figure.value)} ${unit}${plural}`;
}
