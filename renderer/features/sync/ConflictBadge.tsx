import { useT } from '../../i18n/use-t.js';
import { conflictCountOf, useSync } from './sync-store.js';

/**
 * A small mark on a need node's card when the node, one of its supply links or needs edges
 * has an open conflict. Reads only its own count, so other cards do not re-render.
 */
export function ConflictBadge({ nodeId }: { nodeId: string }) {
  const t = useT();
  const count = useSync((state) => conflictCountOf(state, nodeId));
  if (count === 0) return null;
  const label = t('sync.badge.conflicts', { count });
  return (
    <span
      className="conflict-badge"
      role="img"
      aria-label={label}
      title={label}
      data-testid="conflict-badge"
    >
      !{count > 1 ? count : ''}
    </span>
  );
}
