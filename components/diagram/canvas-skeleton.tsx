/** Placeholder while the canvas bundle or the diagram loads; same footprint to avoid layout shift. */
export function CanvasSkeleton() {
  return (
    <div role="status" aria-label="Loading diagram" className="flex h-full min-h-96 w-full animate-pulse gap-2 rounded-md bg-slate-50 p-2">
      <div className="w-44 rounded bg-slate-100" />
      <div className="flex-1 rounded bg-slate-100" />
      <div className="w-60 rounded bg-slate-100" />
    </div>
  );
}
