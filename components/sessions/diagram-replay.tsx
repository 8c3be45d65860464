'use client';

import { useEffect, useId, useState } from 'react';
import { z } from 'zod';
import { LazyDiagramViewer } from '@/components/diagram/lazy';
import { requestJson, sessionUrl } from '@/components/practice/session-api';
import { diagramSchema, type Diagram } from '@/lib/diagram/schema';
import { phaseById } from '@/lib/sessions/phases';

const revisionSchema = z.object({ version: z.number(), phase: z.number().nullable(), createdAt: z.string(), nodes: z.array(z.unknown()), edges: z.array(z.unknown()) });
interface Revision {
  version: number;
  phase: number | null;
  createdAt: string;
  diagram: Diagram;
}

async function loadRevisions(sessionId: string): Promise<Revision[] | null> {
  const answer = await requestJson(sessionUrl(sessionId, '/diagram/revisions'), 'GET');
  const list = z.object({ revisions: z.array(revisionSchema) }).safeParse(answer.json);
  if (!answer.ok || !list.success) return null;
  return list.data.revisions.flatMap((r) => {
    const diagram = diagramSchema.safeParse({ nodes: r.nodes, edges: r.edges });
    return diagram.success ? [{ version: r.version, phase: r.phase, createdAt: r.createdAt, diagram: diagram.data }] : [];
  });
}

/** How the design was built: a slider over the diagram's saved revisions, phase by phase. */
export function DiagramReplay({ sessionId }: { sessionId: string }) {
  const [revisions, setRevisions] = useState<Revision[] | null | undefined>(undefined);
  const [index, setIndex] = useState(0);
  const id = useId();
  useEffect(() => {
    let isCurrent = true;
    void loadRevisions(sessionId).then((list) => {
      if (!isCurrent) return;
      setRevisions(list);
      setIndex(Math.max(0, (list?.length ?? 1) - 1));
    });
    return () => {
      isCurrent = false;
    };
  }, [sessionId]);

  if (revisions === undefined) return <p role="status" className="text-sm text-slate-600">Loading revisions…</p>;
  if (revisions === null) return <p role="alert" className="text-sm text-red-700">The revisions could not be loaded.</p>;
  if (revisions.length === 0) return <p className="text-sm text-slate-700">No diagram was saved in this session.</p>;
  const current = revisions[Math.min(index, revisions.length - 1)] as Revision;
  const describe = `Revision ${index + 1} of ${revisions.length}${current.phase ? `, ${phaseById(current.phase).title}` : ''}, saved ${new Date(current.createdAt).toLocaleTimeString()}`;
  return (
    <div className="flex flex-col gap-2">
      <label htmlFor={`${id}-slider`} className="text-sm font-medium text-slate-800">Replay revision</label>
      <input
        id={`${id}-slider`}
        type="range"
        min={0}
        max={revisions.length - 1}
        value={index}
        onChange={(event) => setIndex(Number(event.target.value))}
        aria-valuetext={describe}
        className="w-full"
      />
      <p aria-live="polite" className="text-sm text-slate-700">{describe}</p>
      <LazyDiagramViewer diagram={current.diagram} height={420} ariaLabel={`Diagram at revision ${index + 1} (read-only)`} />
    </div>
  );
}
