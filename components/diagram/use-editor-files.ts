'use client';

import { useReactFlow } from '@xyflow/react';
import { useCallback, useState, type RefObject } from 'react';
import type { Diagram } from '@/lib/diagram/schema';
import { DiagramImportError, diagramToJson, parseDiagramJson, toSavedDiagram } from '@/lib/diagram/serialize';
import { downloadText, exportImage } from './export-image';
import { FIT_VIEW_OPTIONS } from './flow-canvas';
import type { FlowEdge, FlowNode } from './flow-types';
import type { ExportFormat } from './toolbar';
import type { FlowGraph } from './use-editor-state';

/** Export (PNG, SVG, JSON) and validated JSON import. */
export function useEditorFiles(graphRef: RefObject<FlowGraph>, surfaceRef: RefObject<HTMLDivElement | null>, replaceWith: (diagram: Diagram) => void, fileName: string) {
  const { getNodesBounds, fitView } = useReactFlow<FlowNode, FlowEdge>();
  const [importError, setImportError] = useState<string | null>(null);

  const onExport = useCallback(
    (format: ExportFormat) => {
      const { nodes, edges } = graphRef.current;
      if (format === 'json') {
        downloadText(diagramToJson(toSavedDiagram(nodes, edges)), `${fileName}.json`, 'application/json');
        return;
      }
      const viewport = surfaceRef.current?.querySelector<HTMLElement>('.react-flow__viewport');
      if (!viewport || nodes.length === 0) return;
      void exportImage(viewport, getNodesBounds(nodes), format, fileName);
    },
    [fileName, getNodesBounds, graphRef, surfaceRef],
  );

  const onImport = useCallback(
    async (file: File) => {
      try {
        // Parsing is complete before anything changes, so a bad file leaves the diagram untouched.
        const diagram = parseDiagramJson(await file.text());
        replaceWith(diagram);
        setImportError(null);
        requestAnimationFrame(() => requestAnimationFrame(() => void fitView({ ...FIT_VIEW_OPTIONS, duration: 200 })));
      } catch (error) {
        setImportError(error instanceof DiagramImportError ? error.message : 'The file could not be read.');
      }
    },
    [fitView, replaceWith],
  );

  const dismissImportError = useCallback(() => setImportError(null), []);
  const startImport = useCallback((file: File) => void onImport(file), [onImport]);
  return { onExport, onImport: startImport, importError, dismissImportError };
}
