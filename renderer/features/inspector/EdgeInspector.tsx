import { useCallback } from 'react';
import type { EdgePatch } from '../../../shared/ipc/contract.js';
import { useT } from '../../i18n/use-t.js';
import { selectNodes } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { CommitField } from './CommitField.js';
import { parseQuantity } from './quantity.js';

const quantityProblem = (draft: string) =>
  parseQuantity(draft) === undefined ? 'validation.quantity' : null;

export function EdgeInspector({ edgeId }: { edgeId: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const edge = useAppStore(useCallback((state) => state.edges[edgeId], [edgeId]));
  const nodes = useAppStore(selectNodes);
  const save = useCallback(
    (patch: EdgePatch) => void store.getState().updateEdge(edgeId, patch),
    [store, edgeId],
  );
  const onDelete = useCallback(() => {
    const state = store.getState();
    state.select([], [edgeId]);
    state.requestDeleteSelection();
  }, [store, edgeId]);
  if (!edge) return null;

  const summary = t('inspector.edgeSummary', {
    from: nodes[edge.fromId]?.name ?? '',
    to: nodes[edge.toId]?.name ?? '',
  });
  return (
    <div className="inspector__body" data-testid="edge-inspector" data-edge-id={edge.id}>
      <h2 className="inspector__subtitle">{t('inspector.edge')}</h2>
      <p className="inspector__summary" data-testid="edge-summary">
        {summary}
      </p>
      <div className="field field--row field--row-top">
        <CommitField
          label={t('inspector.quantity')}
          value={edge.quantity === null ? '' : String(edge.quantity)}
          testId="inspector-quantity"
          inputMode="decimal"
          validate={quantityProblem}
          onCommit={(draft) => {
            const quantity = parseQuantity(draft);
            if (quantity !== undefined) save({ quantity });
          }}
        />
        <CommitField
          label={t('inspector.unit')}
          value={edge.unit}
          testId="inspector-unit"
          onCommit={(unit) => save({ unit: unit.trim() })}
        />
      </div>
      <p className="hint">{t('inspector.saveHint')}</p>
      <div className="inspector__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid="inspector-edge-delete"
          onClick={onDelete}
        >
          {t('inspector.deleteEdge')}
        </button>
      </div>
    </div>
  );
}
