import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CanvasBench } from './canvas-bench';

export const metadata: Metadata = { title: 'Canvas benchmark' };

/** Served only to the benchmark (SCALEBOARD_BENCH=1): a generated diagram in the real editor. */
export default async function CanvasBenchPage({ searchParams }: { searchParams: Promise<{ nodes?: string; edges?: string }> }) {
  if (process.env.SCALEBOARD_BENCH !== '1') notFound();
  const { nodes, edges } = await searchParams;
  const clamp = (value: string | undefined, fallback: number, max: number) => Math.min(max, Math.max(1, Number(value) || fallback));
  return <CanvasBench nodeCount={clamp(nodes, 500, 1000)} edgeCount={clamp(edges, 1000, 3000)} />;
}
