'use client';

import { useState } from 'react';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { Button } from '@/components/ui/button';
import type { Diagram } from '@/lib/diagram/schema';

/** The problem's reference design, on demand: hidden by default so it does not anchor the first read. */
export function ReferenceToggle({ diagram }: { diagram: Diagram }) {
  const [isOpen, setOpen] = useState(false);
  return (
    <section aria-label="Reference design" className="flex flex-col gap-2">
      <Button variant="secondary" aria-expanded={isOpen} aria-controls="reference-design" onClick={() => setOpen((o) => !o)} className="self-start">
        {isOpen ? 'Hide reference design' : 'Show reference design'}
      </Button>
      <div id="reference-design" hidden={!isOpen}>
        {isOpen ? <LazyDiagramViewer diagram={diagram} height={420} ariaLabel="Reference design (read-only)" /> : null}
      </div>
    </section>
  );
}
