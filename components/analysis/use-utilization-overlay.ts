'use client';

import { useEffect, useState } from 'react';
import type { NodeFigures } from '@/lib/analysis/schema';
import { utilizationMap } from './severity';

/**
 * The "Colour by utilization" switch: while on, sends the canvas the utilization per node (again whenever
 * the figures change); when turned off, sends `null` so the canvas drops the overlay.
 */
export function useUtilizationOverlay(
  figures: Record<string, NodeFigures>,
  onUtilization: ((utilization: Record<string, number> | null) => void) | undefined,
  isEnabled: boolean,
): [isColouring: boolean, setIsColouring: (value: boolean) => void] {
  const [isColouring, setIsColouring] = useState(false);
  useEffect(() => {
    if (!onUtilization || !isEnabled) return;
    onUtilization(isColouring ? utilizationMap(figures) : null);
  }, [figures, isColouring, isEnabled, onUtilization]);
  return [isColouring, setIsColouring];
}
