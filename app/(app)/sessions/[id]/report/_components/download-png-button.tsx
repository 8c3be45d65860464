'use client';

import { toPng } from 'html-to-image';
import { Download } from 'lucide-react';
import { useState } from 'react';
import { downloadUrl } from '@/components/diagram/export-image';
import { Button } from '@/components/ui/button';

/** Canvas chrome that does not belong in the picture. */
const LEFT_OUT = ['react-flow__controls', 'react-flow__minimap', 'react-flow__attribution'];

/**
 * Saves the report's diagram as a PNG, as it is framed on screen (fitted to the whole design), so the
 * picture can go into documents the PDF cannot.
 */
export function DownloadPngButton({ targetId, fileName }: { targetId: string; fileName: string }) {
  const [error, setError] = useState('');
  const download = async () => {
    const canvas = document.getElementById(targetId)?.querySelector<HTMLElement>('.react-flow');
    if (!canvas) return setError('The diagram is still loading; try again in a moment.');
    const filter = (node: HTMLElement) => !LEFT_OUT.some((name) => node.classList?.contains(name));
    try {
      downloadUrl(await toPng(canvas, { backgroundColor: '#ffffff', filter, pixelRatio: 2 }), `${fileName}.png`);
      setError('');
    } catch {
      setError('The image could not be made in this browser.');
    }
  };
  return (
    <div className="flex items-center gap-2">
      <Button variant="secondary" onClick={() => void download()}>
        <Download aria-hidden className="h-4 w-4" />
        Download diagram (PNG)
      </Button>
      {error ? <span role="alert" className="text-sm text-red-700">{error}</span> : null}
    </div>
  );
}
