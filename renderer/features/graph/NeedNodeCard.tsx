import { Handle, Position } from '@xyflow/react';
import { useShallow } from 'zustand/react/shallow';
import { stageLabel } from '../../../shared/i18n/labels.js';
import type { NeedKind } from '../../../shared/model/index.js';
import { useT } from '../../i18n/use-t.js';
import { nodeCard, selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { KindIcon } from './KindIcon.js';
import { OriginBadge } from './OriginBadge.js';

/**
 * The body every kind's node shares. It subscribes to its own need node by id, so a change
 * to one node (or a drag) re-renders that card alone.
 */
export function NeedNodeCard({ id, kind }: { id: string; kind: NeedKind }) {
  const card = useAppStore(useShallow((state) => nodeCard(state, id)));
  const locale = useAppStore(selectLocale);
  const t = useT();
  if (!card) return null;
  return (
    <div
      className={`need-node kind-${kind}`}
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
      <Handle type="source" position={Position.Right} className="need-node__handle" />
    </div>
  );
}
