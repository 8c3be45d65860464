'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';

/**
 * Highlights and badges laid over the diagram by analysis and review. Kept in context rather than in
 * node data so they never reach the saved diagram and do not count as edits.
 */
export interface DiagramHighlight {
  nodeIds: string[];
  edgeIds: string[];
}

interface Decorations {
  highlightedNodes: ReadonlySet<string>;
  highlightedEdges: ReadonlySet<string>;
  badges: Readonly<Record<string, string>>;
}

const EMPTY: Decorations = { highlightedNodes: new Set(), highlightedEdges: new Set(), badges: {} };
const DecorationsContext = createContext<Decorations>(EMPTY);

export function DecorationsProvider({ highlight, nodeBadges, children }: { highlight?: DiagramHighlight; nodeBadges?: Record<string, string>; children: ReactNode }) {
  const value = useMemo<Decorations>(
    () => ({
      highlightedNodes: new Set(highlight?.nodeIds ?? []),
      highlightedEdges: new Set(highlight?.edgeIds ?? []),
      badges: nodeBadges ?? {},
    }),
    [highlight, nodeBadges],
  );
  return <DecorationsContext.Provider value={value}>{children}</DecorationsContext.Provider>;
}

export function useNodeDecoration(id: string): { isHighlighted: boolean; badge?: string } {
  const { highlightedNodes, badges } = useContext(DecorationsContext);
  return { isHighlighted: highlightedNodes.has(id), badge: badges[id] };
}

export function useIsEdgeHighlighted(id: string): boolean {
  return useContext(DecorationsContext).highlightedEdges.has(id);
}

/** Small count or note shown on a node's corner (e.g. review comments). */
export function NodeBadge({ text }: { text?: string }) {
  if (!text) return null;
  return (
    <span className="absolute -top-2 -right-2 max-w-32 truncate rounded-full bg-amber-500 px-1.5 py-0.5 text-[10px] font-semibold text-white shadow" title={text}>
      {text}
    </span>
  );
}
