import { useId, useMemo, useState } from 'react';
import type { Party } from '../../../shared/model/index.js';
import { Modal } from '../../components/Modal.js';
import { useT } from '../../i18n/use-t.js';
import { selectLinks, selectLocale, selectNodes } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { errorText } from '../qualification/error-text.js';

/** Attach a party as a supplier of a need node it does not supply yet. */
export function AttachDialog({ party, onClose }: { party: Party; onClose: () => void }) {
  const t = useT();
  const store = useAppStoreApi();
  const locale = useAppStore(selectLocale);
  const nodes = useAppStore(selectNodes);
  const links = useAppStore(selectLinks);
  const needId = useId();
  const [nodeId, setNodeId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const candidates = useMemo(() => {
    const supplied = new Set(
      Object.values(links)
        .filter((l) => l.partyId === party.id)
        .map((l) => l.nodeId),
    );
    const collator = new Intl.Collator(locale);
    return Object.values(nodes)
      .filter((n) => n.kind !== 'system' && !supplied.has(n.id))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [nodes, links, party.id, locale]);

  const attach = async () => {
    const outcome = await store.getState().createLink(nodeId, party.id);
    if (outcome) setProblem(errorText(locale, outcome));
    else onClose();
  };

  return (
    <Modal
      title={t('parties.attachTitle', { name: party.name })}
      testId="attach-dialog"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button" onClick={onClose}>
            {t('confirm.cancel')}
          </button>
          <button
            type="button"
            className="button button--primary"
            data-testid="attach-confirm"
            disabled={nodeId === ''}
            onClick={() => void attach()}
          >
            {t('link.attachButton')}
          </button>
        </>
      }
    >
      <div className="field">
        <label className="field__label" htmlFor={needId}>
          {t('timeline.need')}
        </label>
        <select
          id={needId}
          className="select"
          value={nodeId}
          data-testid="attach-need"
          onChange={(event) => setNodeId(event.target.value)}
        >
          <option value="">{t('timeline.chooseNeed')}</option>
          {candidates.map((node) => (
            <option key={node.id} value={node.id}>
              {node.name} · {t(`kind.${node.kind}`)}
            </option>
          ))}
        </select>
      </div>
      {problem !== null && (
        <p className="form-error" role="alert" data-testid="attach-error">
          {problem}
        </p>
      )}
    </Modal>
  );
}
