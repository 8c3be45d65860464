import type { ReactNode } from 'react';

/** A titled section of a problem or concept page; the heading names the region for screen readers. */
export function Section({ id, title, level = 2, children }: { id: string; title: string; level?: 2 | 3; children: ReactNode }) {
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section aria-labelledby={`${id}-title`} id={id} className="flex flex-col gap-3 scroll-mt-4">
      <Heading id={`${id}-title`} className={level === 2 ? 'text-xl font-semibold text-slate-900' : 'text-lg font-semibold text-slate-900'}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

/** A list of Markdown items (requirements, assumptions, pitfalls) as one Markdown bullet list. */
export function markdownList(items: readonly string[]): string {
  return items.map((item) => `- ${item.replace(/\s*\n\s*/g, ' ')}`).join('\n');
}
