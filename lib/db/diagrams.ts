import 'server-only';
import type { Actor } from '@/lib/auth/access';
import { diagramSchema, type Diagram } from '@/lib/diagram/schema';
import { ConflictError } from '@/lib/errors';
import { getDb } from './client';
import { getEditableSession, getSessionForActor } from './sessions';

/** A new revision is kept at most this often; saves in between update the latest one (autosave is ~1/s). */
export const REVISION_INTERVAL_MS = 30_000;

/** Diagram JSON from the database is parsed, not cast. */
function parseStored(nodes: unknown, edges: unknown): Diagram {
  return diagramSchema.parse({ nodes, edges });
}

export async function getSessionDiagram(options: { actor: Actor; sessionId: string }) {
  await getSessionForActor(options);
  const db = await getDb();
  const diagram = await db.diagram.findUnique({ where: { sessionId: options.sessionId } });
  if (!diagram) return { version: 0, ...parseStored([], []) };
  return { version: diagram.version, ...parseStored(diagram.nodes, diagram.edges) };
}

/**
 * Saves a diagram if `baseVersion` is the current version (optimistic concurrency); otherwise throws
 * ConflictError carrying the current version, and the client reconciles.
 */
export async function saveSessionDiagram(options: { actor: Actor; sessionId: string; baseVersion: number; diagram: Diagram }) {
  const session = await getEditableSession(options);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const current = await tx.diagram.upsert({
      where: { sessionId: options.sessionId },
      create: { sessionId: options.sessionId },
      update: {},
    });
    const version = current.version + 1;
    const { count } = await tx.diagram.updateMany({
      where: { id: current.id, version: options.baseVersion },
      data: { version, nodes: options.diagram.nodes, edges: options.diagram.edges },
    });
    if (count === 0) throw new ConflictError('The diagram changed since this edit was based on it', { version: current.version });
    const latest = await tx.diagramRevision.findFirst({ where: { diagramId: current.id }, orderBy: { version: 'desc' } });
    const revision = { version, phase: session.currentPhase, nodes: options.diagram.nodes, edges: options.diagram.edges };
    if (latest && latest.phase === session.currentPhase && Date.now() - latest.createdAt.getTime() < REVISION_INTERVAL_MS) {
      await tx.diagramRevision.update({ where: { id: latest.id }, data: revision });
    } else {
      await tx.diagramRevision.create({ data: { diagramId: current.id, ...revision } });
    }
    return { version };
  });
}

/** Saved revisions, oldest first, for history and replay. */
export async function findDiagramRevisions(options: { actor: Actor; sessionId: string }) {
  await getSessionForActor(options);
  const db = await getDb();
  const rows = await db.diagramRevision.findMany({
    where: { diagram: { sessionId: options.sessionId } },
    orderBy: { version: 'asc' },
    take: 500,
  });
  return rows.map((r) => ({ version: r.version, phase: r.phase, createdAt: r.createdAt.toISOString(), ...parseStored(r.nodes, r.edges) }));
}
