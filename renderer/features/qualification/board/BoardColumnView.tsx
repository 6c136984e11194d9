import { memo, useState } from 'react';
import { stageDefName, stageGateKey } from '../../../../shared/i18n/stage-names.js';
import { isMessageKey } from '../../../../shared/i18n/index.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';
import { BoardCardView } from './BoardCardView.js';
import type { BoardCard } from './board-model.js';

interface BoardColumnViewProps {
  index: number;
  stage: StageDef;
  cards: readonly BoardCard[];
  focusId: string | null;
  stageNames: readonly string[];
  onDropLink: (linkId: string, stage: number) => void;
  onOpenMenu: (linkId: string, anchor: HTMLElement) => void;
  onFocusCard: (linkId: string) => void;
}

/** One stage: its name, gate and batch mark, how many links stand there, and their cards. */
export const BoardColumnView = memo(function BoardColumnView(props: BoardColumnViewProps) {
  const { index, stage, cards, focusId, stageNames, onDropLink, onOpenMenu, onFocusCard } = props;
  const t = useT();
  const locale = useAppStore(selectLocale);
  const [over, setOver] = useState(false);
  const gate = stageGateKey(stage.key);
  return (
    <section
      className={`board__column${over ? ' board__column--over' : ''}`}
      aria-labelledby={`stage-${stage.key}`}
      data-testid="board-column"
      data-stage={index}
      onDragOver={(event) => {
        event.preventDefault();
        event.dataTransfer.dropEffect = 'move';
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const linkId = event.dataTransfer.getData('text/plain');
        if (linkId !== '') onDropLink(linkId, index);
      }}
    >
      <header className="board__column-head">
        <h2 className="board__column-title" id={`stage-${stage.key}`}>
          <span className="board__column-index">{index}</span>
          {stageDefName(locale, stage)}
        </h2>
        <span className="board__column-count" data-testid="column-count">
          {cards.length}
        </span>
        {(gate !== null && isMessageKey(gate)) || stage.batch ? (
          <div className="board__column-meta">
            {gate !== null && isMessageKey(gate) && <span>{t(gate)}</span>}
            {stage.batch === true && (
              <span className="tag tag--ok">{t('board.batchFromHere')}</span>
            )}
          </div>
        ) : null}
      </header>
      <ul className="board__cards">
        {cards.map((card) => (
          <BoardCardView
            key={card.link.id}
            card={card}
            focusable={card.link.id === focusId}
            claimLabel={card.claim === null ? null : (stageNames[card.claim] ?? String(card.claim))}
            onOpenMenu={onOpenMenu}
            onFocusCard={onFocusCard}
          />
        ))}
      </ul>
    </section>
  );
});
