import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/use-t.js';
import { selectProject } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import type { AppState } from '../../store/types.js';

const selectCounts = (s: AppState) => ({
  nodes: s.nodeIds.length,
  edges: s.edgeIds.length,
  links: Object.keys(s.links).length,
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
