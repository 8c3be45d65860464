import type { Rect } from '@xyflow/react';
import { getViewportForBounds } from '@xyflow/react';
import { toPng, toSvg } from 'html-to-image';

/**
 * PNG/SVG export as in React Flow's "download image" example: render the viewport element with a
 * transform that fits every node's bounds into the image (html-to-image pinned at 1.11.11, the version
 * that example recommends).
 */
const PADDING = 48;
const MAX_SIDE = 4096;

export type ImageFormat = 'png' | 'svg';

export function downloadUrl(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
}

export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  downloadUrl(url, fileName);
  // Revoke later: some browsers start the download asynchronously.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function exportImage(viewportElement: HTMLElement, bounds: Rect, format: ImageFormat, fileName: string): Promise<void> {
  const width = Math.min(MAX_SIDE, Math.max(320, Math.ceil(bounds.width + 2 * PADDING)));
  const height = Math.min(MAX_SIDE, Math.max(240, Math.ceil(bounds.height + 2 * PADDING)));
  const viewport = getViewportForBounds(bounds, width, height, 0.1, 2, 0.05);
  const options = {
    backgroundColor: '#ffffff',
    width,
    height,
    style: { width: `${width}px`, height: `${height}px`, transform: `translate(${viewport.x}px, ${viewport.y}px) scale(${viewport.zoom})` },
  };
  const url = format === 'png' ? await toPng(viewportElement, options) : await toSvg(viewportElement, options);
  downloadUrl(url, `${fileName}.${format}`);
}
