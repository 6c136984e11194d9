import { useStoreApi } from '@xyflow/react';
import { useEffect, type RefObject } from 'react';
import { setLiveTransform } from './live-view.js';

const swallow = (event: Event) => {
  event.preventDefault();
  event.stopPropagation();
};

/**
 * Pans the graph with the left mouse button on the empty pane, as React Flow does, but moves
 * the viewport element itself on each mouse move: React Flow writes the view into its store
 * on every move, which runs every selector of every mounted card, handle and needs edge, and
 * that was most of a pan frame's work. What follows the view (the window of cards, the canvas
 * beyond it, the minimap's frame) learns it from live-view.ts meanwhile; the store learns it
 * when the pan ends, through React Flow, so its zoom behaviour and `onMoveEnd` follow. Other
 * buttons, modifier keys (a selection box), touch and the wheel stay React Flow's.
 */
export function usePanByMouse(host: RefObject<HTMLElement | null>, enabled: boolean): void {
  const flow = useStoreApi();
  useEffect(() => {
    const root = host.current;
    if (!root || !enabled) return;
    const onMouseDown = (down: MouseEvent) => {
      const modified = down.shiftKey || down.ctrlKey || down.metaKey || down.altKey;
      const onPane = down.target instanceof Element && down.target.matches('.react-flow__pane');
      const viewport = root.querySelector<HTMLElement>('.react-flow__viewport');
      const { panZoom, transform, userSelectionActive } = flow.getState();
      if (down.button !== 0 || modified || !onPane || !viewport || !panZoom) return;
      if (userSelectionActive) return;
      // Keeps React Flow's zoom behaviour from starting its own pan of the same drag.
      down.stopPropagation();
      const [startX, startY, zoom] = transform;
      let x = startX;
      let y = startY;
      const onMove = (move: MouseEvent) => {
        x = startX + move.clientX - down.clientX;
        y = startY + move.clientY - down.clientY;
        viewport.style.transform = `translate(${String(x)}px,${String(y)}px) scale(${String(zoom)})`;
        setLiveTransform(flow, [x, y, zoom]);
      };
      // Also on a wheel turn mid-pan: React Flow's zoom must start from the view on screen.
      const onUp = () => {
        window.removeEventListener('mousemove', onMove, true);
        window.removeEventListener('mouseup', onUp, true);
        window.removeEventListener('wheel', onUp, true);
        window.removeEventListener('selectstart', swallow, true);
        flow.setState({ paneDragging: false });
        void panZoom.setViewport({ x, y, zoom });
        setLiveTransform(flow, null);
        // A pan is not a click on the pane (which would clear the selection).
        if (x !== startX || y !== startY) {
          window.addEventListener('click', swallow, { capture: true, once: true });
          setTimeout(() => window.removeEventListener('click', swallow, true), 0);
        }
      };
      window.addEventListener('mousemove', onMove, true);
      window.addEventListener('mouseup', onUp, true);
      window.addEventListener('wheel', onUp, true);
      window.addEventListener('selectstart', swallow, true);
      flow.setState({ paneDragging: true });
    };
    root.addEventListener('mousedown', onMouseDown, true);
    return () => root.removeEventListener('mousedown', onMouseDown, true);
  }, [host, enabled, flow]);
}
