import { useT } from '../../i18n/use-t.js';
import type { SupplyOrigin } from './supply.js';

export function OriginBadge({ origin }: { origin: SupplyOrigin }) {
  const t = useT();
  // No supplier, no badge: systems and subsystems are not bought, so a mark would be noise.
  if (origin === 'none') return null;
  const domestic = origin === 'domestic';
  return (
    <span
      className={`origin-badge origin-badge--${origin}`}
      title={t(domestic ? 'badge.domesticHint' : 'badge.importHint')}
      data-testid="origin-badge"
      data-origin={origin}
    >
      {t(domestic ? 'badge.domestic' : 'badge.import')}
    </span>
  );
}
