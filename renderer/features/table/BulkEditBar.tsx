import { useState } from 'react';
import type { NeedKind } from '../../../shared/model/index.js';
import { useT } from '../../i18n/use-t.js';
import { selectSelectedNodeIds } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { KindPicker } from '../graph/KindPicker.js';

/** Edit every selected row at once: one step on the undo stack. */
export function BulkEditBar() {
  const t = useT();
  const store = useAppStoreApi();
  const selected = useAppStore(selectSelectedNodeIds);
  const [kind, setKind] = useState<NeedKind>('component');
  if (selected.length < 2) return null;
  const apply = (patch: { kind?: NeedKind; keyItem?: boolean }) =>
    void store.getState().updateNodes(selected.map((id) => ({ id, patch })));
  return (
    <div
      className="bulk-bar"
      role="toolbar"
      aria-label={t('table.bulkLabel')}
      data-testid="bulk-bar"
    >
      <span className="bulk-bar__count">{t('table.selected', { count: selected.length })}</span>
      <KindPicker value={kind} onChange={setKind} testId="bulk-kind" label={t('inspector.kind')} />
      <button
        type="button"
        className="button"
        data-testid="bulk-set-kind"
        onClick={() => apply({ kind })}
      >
        {t('table.setKind')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="bulk-key-on"
        onClick={() => apply({ keyItem: true })}
      >
        {t('table.markKey')}
      </button>
      <button
        type="button"
        className="button"
        data-testid="bulk-key-off"
        onClick={() => apply({ keyItem: false })}
      >
        {t('table.unmarkKey')}
      </button>
    </div>
  );
}
