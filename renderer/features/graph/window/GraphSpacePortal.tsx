import { useStore, type ReactFlowState } from '@xyflow/react';
import { useMemo, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

const selectRoot = (state: ReactFlowState) => state.domNode;

/**
 * React Flow's ViewportPortal, looking its target up once: ViewportPortal searches the DOM on
 * every store change, so on every pan frame, through every mounted card.
 */
export function GraphSpacePortal({ children }: { children: ReactNode }) {
  const root = useStore(selectRoot);
  const target = useMemo(() => root?.querySelector('.react-flow__viewport-portal') ?? null, [root]);
  return target ? createPortal(children, target) : null;
}
