import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useT } from '../../i18n/use-t.js';
import type { AppState } from '../../store/types.js';
import { useAppStore } from '../../store/react.js';

interface Option {
  id: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label);

const selectPartiesAndNodes = (s: AppState) => ({
  parties: s.parties,
  nodes: s.nodes,
  nodeIds: s.nodeIds,
});

function Picker({
  label,
  options,
  taken,
  onPick,
  testId,
}: {
  label: string;
  options: Option[];
  taken: readonly string[];
  onPick: (id: string) => void;
  testId: string;
}) {
  const t = useT();
  const [chosen, setChosen] = useState('');
  const free = options.filter((option) => !taken.includes(option.id));
  return (
    <div className="what-if__picker">
      <label className="field">
        <span className="field__label">{label}</span>
        <select
          className="select"
          value={chosen}
          data-testid={`${testId}-select`}
          onChange={(event) => setChosen(event.target.value)}
        >
          <option value="">{t('whatIf.choose')}</option>
          {free.map((option) => (
            <option key={option.id} value={option.id}>
              {option.label}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        className="button"
        disabled={!chosen}
        data-testid={`${testId}-add`}
        onClick={() => {
          onPick(chosen);
          setChosen('');
        }}
      >
        {t('whatIf.markLost')}
      </button>
    </div>
  );
}

/** Choose parties and need nodes to mark lost. */
export function WhatIfPicker({
  lostPartyIds,
  lostNodeIds,
  onAddParty,
  onAddNode,
}: {
  lostPartyIds: readonly string[];
  lostNodeIds: readonly string[];
  onAddParty: (id: string) => void;
  onAddNode: (id: string) => void;
}) {
  const t = useT();
  const { parties, nodes, nodeIds } = useAppStore(useShallow(selectPartiesAndNodes));
  const sortedParties = useMemo(
    () =>
      Object.values(parties)
        .map((party) => ({ id: party.id, label: `${party.name} (${party.country})` }))
        .sort(byLabel),
    [parties],
  );
  const sortedNodes = useMemo(
    () =>
      nodeIds
        .flatMap((id) => {
          const node = nodes[id];
          return node ? [{ id, label: node.name }] : [];
        })
        .sort(byLabel),
    [nodes, nodeIds],
  );
  return (
    <div className="what-if__pickers">
      <Picker
        label={t('whatIf.party')}
        options={sortedParties}
        taken={lostPartyIds}
        onPick={onAddParty}
        testId="what-if-party"
      />
      <Picker
        label={t('whatIf.node')}
        options={sortedNodes}
        taken={lostNodeIds}
        onPick={onAddNode}
        testId="what-if-node"
      />
    </div>
  );
}
