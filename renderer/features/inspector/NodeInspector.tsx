import { useCallback, useEffect, useId, useRef } from 'react';
import type { NodePatch } from '../../../shared/ipc/contract.js';
import { useT } from '../../i18n/use-t.js';
import { selectFocusNameRequested } from '../../store/selectors.js';
import { useAppStore, useAppStoreApi } from '../../store/react.js';
import { KindPicker } from '../graph/KindPicker.js';
import { CommitField } from './CommitField.js';
import { SupplyLinksSection } from '../qualification/links/SupplyLinksSection.js';

const nameProblem = (draft: string) => (draft.trim() === '' ? 'validation.nameEmpty' : null);

export function NodeInspector({ nodeId }: { nodeId: string }) {
  const t = useT();
  const store = useAppStoreApi();
  const node = useAppStore(useCallback((state) => state.nodes[nodeId], [nodeId]));
  const focusNameRequested = useAppStore(selectFocusNameRequested);
  const nameInput = useRef<HTMLInputElement>(null);
  const kindId = useId();
  const keyItemId = useId();

  useEffect(() => {
    if (focusNameRequested && nameInput.current && store.getState().consumeRequest('focusName')) {
      nameInput.current.focus();
      nameInput.current.select();
    }
  }, [focusNameRequested, store, nodeId]);

  const save = useCallback(
    (patch: NodePatch) => void store.getState().updateNode(nodeId, patch),
    [store, nodeId],
  );
  const onDelete = useCallback(() => {
    const state = store.getState();
    state.select([nodeId], []);
    state.requestDeleteSelection();
  }, [store, nodeId]);
  if (!node) return null;

  return (
    <div className="inspector__body" data-testid="node-inspector" data-node-id={node.id}>
      <h2 className="inspector__subtitle">{t('inspector.node')}</h2>
      <CommitField
        label={t('inspector.name')}
        value={node.name}
        testId="inspector-name"
        inputRef={nameInput}
        validate={nameProblem}
        onCommit={(name) => save({ name: name.trim() })}
      />
      <CommitField
        label={t('inspector.code')}
        value={node.code}
        testId="inspector-code"
        onCommit={(code) => save({ code })}
      />
      <div className="field field--row">
        <div className="field field--grow">
          <label className="field__label" htmlFor={kindId}>
            {t('inspector.kind')}
          </label>
          <KindPicker
            id={kindId}
            value={node.kind}
            testId="inspector-kind"
            onChange={(kind) => save({ kind })}
          />
        </div>
        <label className="checkbox" htmlFor={keyItemId}>
          <input
            id={keyItemId}
            type="checkbox"
            checked={node.keyItem}
            data-testid="inspector-key-item"
            onChange={(event) => save({ keyItem: event.target.checked })}
          />
          <span aria-hidden="true" className="checkbox__star">
            ★
          </span>
          {t('inspector.keyItem')}
        </label>
      </div>
      <CommitField
        label={t('inspector.spec')}
        value={node.spec}
        testId="inspector-spec"
        multiline
        onCommit={(spec) => save({ spec })}
      />
      <CommitField
        label={t('inspector.notes')}
        value={node.notes}
        testId="inspector-notes"
        multiline
        onCommit={(notes) => save({ notes })}
      />
      <p className="hint">{t('inspector.saveHint')}</p>
      <SupplyLinksSection nodeId={node.id} />
      <div className="inspector__actions">
        <button
          type="button"
          className="button button--danger"
          data-testid="inspector-delete"
          onClick={onDelete}
        >
          {t('inspector.deleteNode')}
        </button>
      </div>
    </div>
  );
}
