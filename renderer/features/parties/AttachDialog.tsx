import { useMemo, useState } from 'react';
import type { Party } from '../../../shared/model/index.js';
import { useT } from '../../i18n/use-t.js';
import { selectLinks, selectLocale, selectNodes } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { PickDialog } from './PickDialog.js';

/** Attach a party as a supplier of a need node it does not supply yet. */
export function AttachDialog({ party, onClose }: { party: Party; onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const nodes = useAppStore(selectNodes);
  const links = useAppStore(selectLinks);
  const [nodeId, setNodeId] = useState('');
  const options = useMemo(() => {
    const supplied = new Set(
      Object.values(links)
        .filter((l) => l.partyId === party.id)
        .map((l) => l.nodeId),
    );
    const collator = new Intl.Collator(locale);
    return Object.values(nodes)
      .filter((n) => n.kind !== 'system' && !supplied.has(n.id))
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((node) => ({ value: node.id, label: `${node.name} · ${t(`kind.${node.kind}`)}` }));
  }, [nodes, links, party.id, locale, t]);

  return (
    <PickDialog
      title={t('parties.attachTitle', { name: party.name })}
      name="attach"
      selectTestId="attach-need"
      label={t('timeline.need')}
      value={nodeId}
      onChange={setNodeId}
      placeholder={t('timeline.chooseNeed')}
      options={options}
      confirmLabel={t('link.attachButton')}
      onConfirm={() => store.getState().createLink(nodeId, party.id)}
      onClose={onClose}
    />
  );
}
