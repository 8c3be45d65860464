'use client';

import { useEffect, useMemo, useState } from 'react';
import type { EstimateLine } from '@/lib/estimator/schema';

type Calculator = typeof import('@/lib/estimator/calculator');
const NO_RESULTS: never[] = [];

/**
 * The scratch pad's results. The calculator (mathjs, about half of the estimator's JavaScript) loads after
 * the first paint, so the structured model and the page appear at once; lines show their results a moment
 * later.
 */
export function useLineResults(lines: readonly EstimateLine[]) {
  const [calculator, setCalculator] = useState<Calculator | null>(null);
  useEffect(() => {
    let isMounted = true;
    void import('@/lib/estimator/calculator').then((module) => {
      if (isMounted) setCalculator(module);
    });
    return () => {
      isMounted = false;
    };
  }, []);
  return useMemo(() => (calculator ? calculator.evaluateLines([...lines]) : NO_RESULTS), [calculator, lines]);
}
