import type { PacketSummary } from '../../../shared/ipc/contract.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { formatTime } from './format.js';

/** Who sent the packet, to whom, for which project, when, and what kind it is. */
export function PacketFacts({ summary }: { summary: PacketSummary }) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  return (
    <dl className="packet-facts" data-testid="packet-facts">
      <dt>{t('sync.preview.from')}</dt>
      <dd data-testid="packet-sender">{summary.sender.name}</dd>
      <dt>{t('sync.preview.to')}</dt>
      <dd>{summary.recipient.name}</dd>
      <dt>{t('sync.preview.project')}</dt>
      <dd>{summary.projectName}</dd>
      <dt>{t('sync.preview.createdAt')}</dt>
      <dd>
        {formatTime(locale, summary.createdAt)}
        <span className={`tag ${summary.kind === 'invitation' ? 'tag--info' : ''}`}>
          {t(`sync.preview.kind.${summary.kind}`)}
        </span>
      </dd>
    </dl>
  );
}
