import { Handle, Position } from '@xyflow/react';
import { createContext, useContext } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { stageLabel } from '../../../shared/i18n/labels.js';
import type { NeedKind } from '../../../shared/model/index.js';
import { useT } from '../../i18n/use-t.js';
import { nodeCard, selectLocale } from '../../store/selectors.js';
import type { AppState } from '../../store/types.js';
import { useAppStore } from '../../store/react.js';
import { KindIcon } from './KindIcon.js';
import { countHiddenUnder } from '../../../shared/graph/traversal.js';
import { graphIndex, hiddenNodeIds } from './view-state.js';
import { OriginBadge } from './OriginBadge.js';
import { useNodeOverlay } from '../overlays/use-node-overlay.js';
import { ConflictBadge } from '../sync/ConflictBadge.js';

/** Below this zoom text cannot be read: cards turn into plain blocks of their kind's colour. */
export const DETAIL_ZOOM = 0.5;
/** Up to this many need nodes full cards cost little, so a whole small graph stays legible. */
export const ALWAYS_DETAILED_NODES = 400;
/**
 * Whether the view is zoomed in to DETAIL_ZOOM or more. The canvas reads the zoom once and
 * hands it down: a subscription per card would be asked on every pan frame.
 */
export const NearContext = createContext(true);
// The whole graph's size: React Flow itself only holds the view's window of it.
const selectSmall = (state: AppState) => state.nodeIds.length <= ALWAYS_DETAILED_NODES;

/** How many need nodes a collapsed card folds away; 0 when it is not collapsed. */
function foldedCount(state: AppState, id: string): number {
  return state.collapsedIds.includes(id)
    ? countHiddenUnder(graphIndex(state), id, hiddenNodeIds(state))
    : 0;
}

/**
 * The body every kind's node shares. It subscribes to its own need node by id, so a change
 * to one node (or a drag) re-renders that card alone.
 */
export function NeedNodeCard({ id, kind }: { id: string; kind: NeedKind }) {
  const card = useAppStore(useShallow((state) => nodeCard(state, id)));
  const overlay = useNodeOverlay(id);
  const folded = useAppStore((state) => foldedCount(state, id));
  const locale = useAppStore(selectLocale);
  const near = useContext(NearContext);
  const small = useAppStore(selectSmall);
  const detailed = near || small;
  const t = useT();
  if (!card) return null;
  if (!detailed) {
    return (
      <div
        className={`need-node need-node--block kind-${kind} ${overlay}`}
        data-testid="need-node"
        data-node-id={id}
        data-kind={kind}
        title={card.name}
      >
        {folded > 0 && (
          <span className="need-node__folded" data-testid="folded-count">
            +{folded}
          </span>
        )}
        <ConflictBadge nodeId={id} />
      </div>
    );
  }
  return (
    <div
      className={`need-node kind-${kind} ${overlay}`}
      data-testid="need-node"
      data-node-id={id}
      data-kind={kind}
    >
      <Handle type="target" position={Position.Left} className="need-node__handle" />
      <div className="need-node__head">
        <span className="need-node__icon" role="img" aria-label={t(`kind.${kind}`)}>
          <KindIcon kind={kind} />
        </span>
        <span className="need-node__name" title={card.name}>
          {card.name}
        </span>
        {card.keyItem && (
          <span
            className="need-node__key"
            role="img"
            aria-label={t('node.keyItem')}
            title={t('node.keyItem')}
            data-testid="key-item-mark"
          >
            ★
          </span>
        )}
      </div>
      <div className="need-node__code" title={card.code}>
        {card.code}
      </div>
      <div className="need-node__foot">
        {card.bestStage !== null && (
          <span
            className="need-node__stage"
            title={`${stageLabel(locale, card.bestStage)} · ${t('node.bestStageHint')}`}
            data-testid="best-stage"
            data-stage={card.bestStage}
          >
            {stageLabel(locale, card.bestStage)}
          </span>
        )}
        <OriginBadge origin={card.origin} />
      </div>
      {folded > 0 && (
        <span
          className="need-node__folded"
          title={t('collapse.folded', { count: folded })}
          data-testid="folded-count"
        >
          +{folded}
        </span>
      )}
      <ConflictBadge nodeId={id} />
      <Handle type="source" position={Position.Right} className="need-node__handle" />
    </div>
  );
}
