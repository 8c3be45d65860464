import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { CanvasPreview } from './canvas-preview';

export const metadata: Metadata = { title: 'Canvas preview' };

/** Dev-only: the editor with no session behind it, for trying the canvas. Never served in production. */
export default function CanvasPreviewPage() {
  if (process.env.NODE_ENV === 'production') notFound();
  return (
    <div className="flex flex-col gap-6">
      <h1 className="text-xl font-semibold">Canvas preview</h1>
      <CanvasPreview />
    </div>
  );
}
