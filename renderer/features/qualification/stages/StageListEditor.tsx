import { stageDefName } from '../../../../shared/i18n/stage-names.js';
import type { StageDef } from '../../../../shared/model/templates.js';
import { useT } from '../../../i18n/use-t.js';
import { selectLocale } from '../../../store/selectors.js';
import { useAppStore } from '../../../store/react.js';

interface StageListEditorProps {
  stages: readonly StageDef[];
  onChange: (stages: StageDef[]) => void;
}

function newKey(): string {
  return `custom_${crypto.randomUUID().replace(/-/g, '').slice(0, 10)}`;
}

function moved(stages: readonly StageDef[], from: number, to: number): StageDef[] {
  const next = [...stages];
  const [stage] = next.splice(from, 1);
  if (stage) next.splice(to, 0, stage);
  return next;
}

/** Rename, reorder, add and remove stages, and mark where batch supply begins. */
export function StageListEditor({ stages, onChange }: StageListEditorProps) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const set = (index: number, patch: Partial<StageDef>) =>
    onChange(stages.map((s, i) => (i === index ? { ...s, ...patch } : s)));
  return (
    <div className="stage-list" data-testid="stage-list">
      <ol className="stage-list__items">
        {stages.map((stage, index) => (
          <li key={stage.key} className="stage-list__row" data-testid="stage-row">
            <span className="stage-list__index">{index}</span>
            <input
              className="field__input"
              value={stage.name}
              placeholder={stageDefName(locale, { ...stage, name: '' })}
              aria-label={t('stages.name', { index })}
              data-testid="stage-name"
              onChange={(event) => set(index, { name: event.target.value })}
            />
            <label className="checkbox" title={t('stages.batchHint')}>
              <input
                type="radio"
                name="batch-stage"
                checked={stage.batch === true}
                onChange={() =>
                  onChange(
                    stages.map((s, i) => ({
                      key: s.key,
                      name: s.name,
                      ...(i === index ? { batch: true } : {}),
                    })),
                  )
                }
              />
              {t('stages.batch')}
            </label>
            <button
              type="button"
              className="icon-button"
              aria-label={t('stages.up', { index })}
              disabled={index === 0}
              onClick={() => onChange(moved(stages, index, index - 1))}
            >
              ↑
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('stages.down', { index })}
              disabled={index === stages.length - 1}
              onClick={() => onChange(moved(stages, index, index + 1))}
            >
              ↓
            </button>
            <button
              type="button"
              className="icon-button"
              aria-label={t('stages.remove', { index })}
              data-testid="stage-remove"
              disabled={stages.length <= 2}
              onClick={() => onChange(stages.filter((_, i) => i !== index))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="link-button"
        data-testid="stage-add"
        disabled={stages.length >= 30}
        onClick={() => onChange([...stages, { key: newKey(), name: t('stages.newStage') }])}
      >
        {t('stages.add')}
      </button>
    </div>
  );
}
