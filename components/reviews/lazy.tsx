'use client';

import dynamic from 'next/dynamic';
import { CanvasSkeleton } from '@/components/diagram/canvas-skeleton';

/** React Flow loads in its own chunk, only on pages that show the review canvas, never on the server. */
export const LazyPinCanvas = dynamic(() => import('./pin-canvas').then((m) => m.PinCanvas), {
  ssr: false,
  loading: () => <CanvasSkeleton />,
});
