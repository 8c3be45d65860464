'use client';

import { Printer } from 'lucide-react';
import { Button } from '@/components/ui/button';

/** The browser's own print dialog, where "Save as PDF" lives; the print stylesheet does the rest. */
export function PrintButton() {
  return (
    <Button onClick={() => window.print()}>
      <Printer aria-hidden className="h-4 w-4" />
      Print / save as PDF
    </Button>
  );
}
