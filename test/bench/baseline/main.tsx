/// <reference types="vite/client" />
// The bench's baseline: stock React Flow with default nodes, no culling, on the same graph as
// Longmai, so both are measured in the same run on the same machine.
import '@xyflow/react/dist/style.css';
import { ReactFlow, type Edge, type Node } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';

interface GraphJson {
  nodes: { id: string; name: string; x: number; y: number }[];
  edges: { id: string; fromId: string; toId: string }[];
}

function Baseline() {
  const [graph, setGraph] = useState<{ nodes: Node[]; edges: Edge[] } | null>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    void fetch('./graph.json')
      .then((response) => response.json() as Promise<GraphJson>)
      .then((data) =>
        setGraph({
          nodes: data.nodes.map((n) => ({
            id: n.id,
            position: { x: n.x, y: n.y },
            data: { label: n.name },
          })),
          edges: data.edges.map((e) => ({ id: e.id, source: e.fromId, target: e.toId })),
        }),
      );
  }, []);
  if (!graph) return null;
  return (
    <>
      {ready && <span hidden data-testid="app-ready" />}
      <ReactFlow
        defaultNodes={graph.nodes}
        defaultEdges={graph.edges}
        fitView
        onInit={() => requestAnimationFrame(() => setReady(true))}
      />
    </>
  );
}

const root = document.getElementById('root');
if (root) createRoot(root).render(<Baseline />);
