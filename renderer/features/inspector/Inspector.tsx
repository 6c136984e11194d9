import { useT } from '../../i18n/use-t.js';
import { selectSelectedEdgeIds, selectSelectedNodeIds } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { EdgeInspector } from './EdgeInspector.js';
import { NodeInspector } from './NodeInspector.js';

function InspectorContent() {
  const t = useT();
  const nodeIds = useAppStore(selectSelectedNodeIds);
  const edgeIds = useAppStore(selectSelectedEdgeIds);
  const count = nodeIds.length + edgeIds.length;
  const [nodeId] = nodeIds;
  const [edgeId] = edgeIds;

  if (count === 1 && nodeId !== undefined) return <NodeInspector key={nodeId} nodeId={nodeId} />;
  if (count === 1 && edgeId !== undefined) return <EdgeInspector key={edgeId} edgeId={edgeId} />;
  return (
    <p className="inspector__empty muted" data-testid="inspector-empty">
      {count === 0 ? t('inspector.empty') : t('inspector.multiple', { count })}
    </p>
  );
}

/** The right-hand panel: edit the one selected need node or needs edge. */
export function Inspector() {
  const t = useT();
  const store = useAppStoreApi();
  return (
    <aside className="inspector" aria-label={t('inspector.title')} data-testid="inspector">
      <header className="inspector__header">
        <h2 className="inspector__title">{t('inspector.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('inspector.close')}
          title={t('inspector.close')}
          data-testid="inspector-close"
          onClick={() => store.getState().setInspectorOpen(false)}
        >
          ×
        </button>
      </header>
      <InspectorContent />
    </aside>
  );
}
