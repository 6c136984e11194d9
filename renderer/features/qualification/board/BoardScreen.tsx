import { useCallback, useMemo, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { localToday } from '../../../../shared/model/overdue.js';
import { ReadyMarker } from '../../../components/ReadyMarker.js';
import { useT } from '../../../i18n/use-t.js';
import { selectGraphLoaded, selectLocale } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';
import type { AppState } from '../../../store/types.js';
import { StagesDialog } from '../stages/StagesDialog.js';
import { useProjectStages } from '../use-stages.js';
import { BoardColumnView } from './BoardColumnView.js';
import { BoardFiltersBar } from './BoardFiltersBar.js';
import { boardColumns } from './board-model.js';
import { nextFocus } from './board-keys.js';
import { useCardActions } from './use-card-actions.js';

const selectInput = (s: AppState) => ({
  links: s.links,
  nodes: s.nodes,
  parties: s.parties,
  homeCountry: s.projectMeta?.homeCountry ?? '',
  filters: s.boardFilters,
});

/**
 * Qualification by stage: a column per stage of the project's list, a card per supply link.
 * Drag a card to another column, or focus it and use the keyboard (arrows move between cards,
 * Shift+arrows move the link a stage, Enter opens its actions).
 */
export function BoardScreen() {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const loaded = useAppStore(selectGraphLoaded);
  const input = useAppStore(useShallow(selectInput));
  const stages = useProjectStages();
  const [stagesOpen, setStagesOpen] = useState(false);
  const [focusId, setFocusId] = useState<string | null>(null);
  const board = useRef<HTMLDivElement>(null);
  const columns = useMemo(
    () => boardColumns({ ...input, stages, today: localToday() }, locale),
    [input, stages, locale],
  );
  const actions = useCardActions(stages);
  const shown = columns.reduce((sum, column) => sum + column.length, 0);
  const firstId = columns.find((column) => column.length > 0)?.[0]?.link.id ?? null;
  const current = focusId !== null && input.links[focusId] ? focusId : firstId;

  const focusCard = useCallback((linkId: string) => {
    setFocusId(linkId);
    board.current?.querySelector<HTMLElement>(`[data-link-id="${CSS.escape(linkId)}"]`)?.focus();
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const linkId = target.dataset.linkId;
    if (!linkId || target.dataset.testid !== 'board-card') return;
    const link = input.links[linkId];
    if (!link) return;
    if (event.shiftKey && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) {
      event.preventDefault();
      actions.moveBy(link, event.key === 'ArrowRight' ? 1 : -1);
    } else if (event.key === 'Enter' || event.key === ' ' || event.key === 'ContextMenu') {
      event.preventDefault();
      actions.openMenu(linkId, target);
    } else {
      const next = nextFocus(columns, linkId, event.key);
      if (next !== null) {
        event.preventDefault();
        focusCard(next);
      }
    }
  };

  return (
    <div className="screen screen--board" data-testid="board-view">
      {loaded && <ReadyMarker />}
      <header className="screen__header">
        <h1 className="screen__title">{t('board.title')}</h1>
        <span className="muted" data-testid="board-count">
          {t('board.count', { shown, total: Object.keys(input.links).length })}
        </span>
        <div className="screen__spacer" />
        <button
          type="button"
          className="button"
          data-testid="stages-open"
          onClick={() => setStagesOpen(true)}
        >
          {t('stages.open')}
        </button>
      </header>
      <BoardFiltersBar />
      <p className="hint board__hint">{t('board.hint')}</p>
      <div
        ref={board}
        className="board"
        role="group"
        aria-label={t('board.title')}
        onKeyDown={onKeyDown}
      >
        {stages.map((stage, index) => (
          <BoardColumnView
            key={stage.key}
            index={index}
            stage={stage}
            cards={columns[index] ?? []}
            focusId={current}
            stageNames={actions.stageNames}
            onDropLink={actions.dropOn}
            onOpenMenu={actions.openMenu}
            onFocusCard={setFocusId}
          />
        ))}
      </div>
      {actions.menu}
      {stagesOpen && <StagesDialog onClose={() => setStagesOpen(false)} />}
    </div>
  );
}
