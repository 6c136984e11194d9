import type { MessageKey } from '../../../shared/i18n/index.js';
import { useT } from '../../i18n/use-t.js';
import { useAppStoreApi } from '../../store/react.js';
import type { ActionGroup } from './action.js';
import { ACTIONS } from './actions/index.js';
import { Overlay } from './Overlay.js';
import { formatShortcut, isMacPlatform } from './shortcut.js';

const GROUPS: readonly { group: ActionGroup; key: MessageKey }[] = [
  { group: 'edit', key: 'shortcuts.group.edit' },
  { group: 'selection', key: 'shortcuts.group.selection' },
  { group: 'find', key: 'shortcuts.group.find' },
  { group: 'layout', key: 'shortcuts.group.layout' },
  { group: 'view', key: 'shortcuts.group.view' },
  { group: 'help', key: 'shortcuts.group.help' },
];

/** `?`: every keyboard shortcut, grouped, plus the mouse gestures of the graph. */
export function ShortcutSheet() {
  const t = useT();
  const store = useAppStoreApi();
  const isMac = isMacPlatform();
  const close = () => store.getState().setOverlay(null);
  return (
    <Overlay label={t('shortcuts.title')} onClose={close} testId="shortcut-sheet" wide>
      <header className="sheet__header">
        <h2 className="sheet__title">{t('shortcuts.title')}</h2>
        <button
          type="button"
          className="icon-button"
          aria-label={t('shortcuts.close')}
          onClick={close}
        >
          ×
        </button>
      </header>
      <div className="sheet__columns">
        {GROUPS.map(({ group, key }) => (
          <section key={group} className="sheet__group">
            <h3 className="sheet__heading">{t(key)}</h3>
            <dl className="sheet__list">
              {ACTIONS.filter((action) => action.group === group && action.shortcut).map(
                (action) => (
                  <div key={action.id} className="sheet__row" data-testid="shortcut-row">
                    <dt>{t(action.labelKey)}</dt>
                    <dd>
                      {action.shortcut?.map((text) => (
                        <kbd key={text} className="kbd">
                          {formatShortcut(text, isMac)}
                        </kbd>
                      ))}
                    </dd>
                  </div>
                ),
              )}
            </dl>
          </section>
        ))}
        <section className="sheet__group">
          <h3 className="sheet__heading">{t('shortcuts.group.mouse')}</h3>
          <dl className="sheet__list">
            {(
              [
                ['shortcuts.mouse.boxSelect', 'Shift + drag'],
                ['shortcuts.mouse.addToSelection', 'Shift + click'],
                ['shortcuts.mouse.connect', '● → ●'],
                ['shortcuts.mouse.addNode', '2× click'],
              ] as const
            ).map(([labelKey, gesture]) => (
              <div key={labelKey} className="sheet__row">
                <dt>{t(labelKey)}</dt>
                <dd>
                  <kbd className="kbd">{gesture}</kbd>
                </dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </Overlay>
  );
}
