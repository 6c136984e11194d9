import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/use-t.js';
import { selectProject } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';

/** Supply links counted once per links record: the selector runs on every store update. */
const linkCounts = new WeakMap<object, number>();
function countLinks(links: AppState['links']): number {
  let count = linkCounts.get(links);
  if (count === undefined) {
    count = Object.keys(links).length;
    linkCounts.set(links, count);
  }
  return count;
}

const selectCounts = (s: AppState) => ({
  nodes: s.nodeIds.length,
  edges: s.edgeIds.length,
  links: countLinks(s.links),
});

export function StatusBar() {
  const t = useT();
  const project = useAppStore(selectProject);
  const counts = useAppStore(useShallow(selectCounts));
  return (
    <footer className="status-bar" data-testid="status-bar">
      <span data-testid="status-counts">{t('status.counts', counts)}</span>
      {project && (
        <span className="status-bar__path" title={project.path}>
          {project.path}
        </span>
      )}
    </footer>
  );
}
