'use client';

import dynamic from 'next/dynamic';
import { CanvasSkeleton } from './canvas-skeleton';

/**
 * The only canvas entry points pages should import: React Flow, elkjs and html-to-image load in their
 * own chunk, on pages that show a canvas, and never on the server.
 */
export const LazySessionCanvas = dynamic(() => import('./session-canvas').then((m) => m.SessionCanvas), {
  ssr: false,
  loading: () => <CanvasSkeleton />,
});

export const LazyDiagramViewer = dynamic(() => import('./diagram-viewer').then((m) => m.DiagramViewer), {
  ssr: false,
  loading: () => <CanvasSkeleton />,
});

export const LazyDiagramEditor = dynamic(() => import('./diagram-editor').then((m) => m.DiagramEditor), {
  ssr: false,
  loading: () => <CanvasSkeleton />,
});
