import { useCallback, useMemo, useRef, useState, type ReactNode } from 'react';
import { projectStageLabel } from '../../../../shared/i18n/stage-names.js';
import type { SupplyLink } from '../../../../shared/model/index.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale } from '../../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../../store/react.js';
import { CardMenu, type CardMenuItem } from './CardMenu.js';

export interface CardActions {
  /** "4 Test & verification" for each stage index. */
  stageNames: readonly string[];
  moveBy: (link: SupplyLink, delta: number) => void;
  dropOn: (linkId: string, stage: number) => void;
  openMenu: (linkId: string, anchor: HTMLElement) => void;
  menu: ReactNode;
}

/** What a board card can do, shared by drag and drop, the keyboard and the card menu. */
export function useCardActions(stages: readonly StageDef[]): CardActions {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const [open, setOpen] = useState<{ linkId: string; anchor: DOMRect } | null>(null);
  // The card the menu belongs to gets focus back when the menu closes.
  const card = useRef<HTMLElement | null>(null);
  const stageNames = useMemo(
    () => stages.map((_, index) => projectStageLabel(locale, stages, index)),
    [stages, locale],
  );
  const last = stages.length - 1;

  const moveBy = useCallback(
    (link: SupplyLink, delta: number) => {
      const toStage = Math.max(0, Math.min(last, link.stage + delta));
      if (toStage !== link.stage) {
        store.getState().requestMove({ linkId: link.id, toStage, mode: 'move' });
      }
    },
    [store, last],
  );
  const dropOn = useCallback(
    (linkId: string, stage: number) => {
      const link = store.getState().links[linkId];
      if (link && link.stage !== stage) {
        store.getState().requestMove({ linkId, toStage: stage, mode: 'move' });
      }
    },
    [store],
  );
  const openMenu = useCallback((linkId: string, anchor: HTMLElement) => {
    card.current = anchor.closest<HTMLElement>('[data-testid="board-card"]') ?? anchor;
    setOpen({ linkId, anchor: anchor.getBoundingClientRect() });
  }, []);

  const link = open ? store.getState().links[open.linkId] : undefined;
  const items: CardMenuItem[] = [];
  if (link) {
    const state = store.getState();
    const next = Math.min(last, link.stage + 1);
    if (next !== link.stage) {
      items.push({
        id: 'next',
        label: t('board.moveTo', { stage: stageNames[next] ?? '' }),
        run: () => state.requestMove({ linkId: link.id, toStage: next, mode: 'move' }),
      });
    }
    items.push(
      {
        id: 'move',
        label: t('board.moveOther'),
        run: () => state.requestMove({ linkId: link.id, toStage: link.stage, mode: 'move' }),
      },
      {
        id: 'report',
        label: t('board.report'),
        run: () => state.requestMove({ linkId: link.id, toStage: next, mode: 'report' }),
      },
    );
    if (link.reportedStage !== null && link.reportedStage !== link.stage) {
      const claimed = link.reportedStage;
      items.push({
        id: 'approve',
        label: t('board.approve', { stage: stageNames[claimed] ?? '' }),
        run: () => state.requestMove({ linkId: link.id, toStage: claimed, mode: 'approve' }),
      });
    }
    items.push({
      id: 'timeline',
      label: t('board.timeline'),
      run: () => state.showTimeline({ linkId: link.id }),
    });
  }
  const menu =
    open && link ? (
      <CardMenu
        items={items}
        anchor={open.anchor}
        label={t('board.cardMenu')}
        onClose={() => {
          setOpen(null);
          card.current?.focus();
        }}
      />
    ) : null;
  return { stageNames, moveBy, dropOn, openMenu, menu };
}
