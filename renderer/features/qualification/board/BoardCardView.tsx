import { memo } from 'react';
import { countryName } from '../../../i18n/countries.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';
import type { BoardCard } from './board-model.js';

interface BoardCardViewProps {
  card: BoardCard;
  focusable: boolean;
  claimLabel: string | null;
  onOpenMenu: (linkId: string, anchor: HTMLElement) => void;
  onFocusCard: (linkId: string) => void;
}

/** One supply link on the board: need, supplier, origin, key item, overdue, status, claim. */
export const BoardCardView = memo(function BoardCardView(props: BoardCardViewProps) {
  const { card, focusable, claimLabel, onOpenMenu, onFocusCard } = props;
  const t = useT();
  const locale = useAppStore(selectLocale);
  const { link } = card;
  return (
    <li
      className={`card${card.overdue ? ' card--overdue' : ''}`}
      tabIndex={focusable ? 0 : -1}
      draggable
      data-testid="board-card"
      data-link-id={link.id}
      data-overdue={card.overdue}
      aria-label={`${card.nodeName} — ${card.partyName}`}
      onFocus={() => onFocusCard(link.id)}
      onDragStart={(event) => {
        event.dataTransfer.setData('text/plain', link.id);
        event.dataTransfer.effectAllowed = 'move';
      }}
    >
      <div className="card__head">
        {card.keyItem && (
          <span className="card__key" title={t('node.keyItem')} aria-label={t('node.keyItem')}>
            ★
          </span>
        )}
        <span className="card__need">{card.nodeName}</span>
        <button
          type="button"
          className="icon-button card__menu-button"
          tabIndex={-1}
          aria-label={t('board.cardMenu')}
          aria-haspopup="menu"
          data-testid="card-menu-button"
          onClick={(event) => onOpenMenu(link.id, event.currentTarget)}
        >
          ⋯
        </button>
      </div>
      <div className="card__party">
        {card.partyName}
        <span className="country-code" title={countryName(locale, card.country)}>
          {card.country}
        </span>
      </div>
      <div className="card__tags">
        <span className={`origin-badge origin-badge--${card.origin}`}>
          {t(card.origin === 'domestic' ? 'badge.domestic' : 'badge.import')}
        </span>
        <span className={`status status--${link.status}`}>{t(`linkStatus.${link.status}`)}</span>
        {link.role === 'alternate' && <span className="tag">{t('link.role.alternate')}</span>}
        {card.overdue && (
          <span className="tag tag--danger" data-testid="card-overdue">
            {t('board.overdue', { date: card.nextTarget })}
          </span>
        )}
        {!card.overdue && card.nextTarget !== '' && (
          <span className="tag">{t('board.due', { date: card.nextTarget })}</span>
        )}
      </div>
      {claimLabel !== null && (
        <div className="card__claim" data-testid="card-claim">
          {t('board.claim', { stage: claimLabel })}
        </div>
      )}
      {link.status !== 'on_track' && link.statusReason !== '' && (
        <div className="card__reason">{link.statusReason}</div>
      )}
    </li>
  );
});
