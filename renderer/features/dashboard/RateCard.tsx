import type { MetricTarget, Rate } from '../../../shared/graph/metrics/rate.js';
import { useT } from '../../i18n/use-t.js';
import { selectLocale } from '../../store/selectors.js';
import { useAppStore } from '../../store/react.js';
import { formatPercent, pointsShort } from './format.js';

interface RateCardProps {
  title: string;
  hint: string;
  rate: Rate;
  targets: readonly MetricTarget[];
  testId: string;
}

/** One policy metric: its value and parts, a bar against its targets, each target met or not. */
export function RateCard({ title, hint, rate, targets, testId }: RateCardProps) {
  const t = useT();
  const locale = useAppStore(selectLocale);
  const percent = (value: number) => `${String(Math.min(100, Math.max(0, value * 100)))}%`;
  return (
    <section
      className="kpi"
      data-testid={testId}
      data-value={rate.value ?? ''}
      data-numerator={rate.numerator}
      data-denominator={rate.denominator}
    >
      <h2 className="kpi__title">{title}</h2>
      <p className="kpi__value" data-testid={`${testId}-value`}>
        {formatPercent(locale, rate.value)}
      </p>
      <p className="kpi__fraction" data-testid={`${testId}-fraction`}>
        {rate.denominator === 0
          ? t('dashboard.noKeyItems')
          : t('dashboard.fraction', { numerator: rate.numerator, denominator: rate.denominator })}
      </p>
      <div className="kpi__bar" aria-hidden="true">
        <span className="kpi__fill" style={{ width: percent(rate.value ?? 0) }} />
        {targets.map((target) => (
          <span key={target.year} className="kpi__tick" style={{ left: percent(target.value) }} />
        ))}
      </div>
      <ul className="kpi__targets">
        {targets.map((target) => {
          const met = rate.value !== null && rate.value >= target.value;
          return (
            <li key={target.year} className={met ? 'kpi__target kpi__target--met' : 'kpi__target'}>
              <span>
                {t('dashboard.target', {
                  year: target.year,
                  value: formatPercent(locale, target.value),
                })}
              </span>
              <span className="kpi__target-state">
                {met
                  ? `✓ ${t('dashboard.targetMet')}`
                  : t('dashboard.targetShort', { gap: pointsShort(rate.value, target.value) })}
              </span>
            </li>
          );
        })}
      </ul>
      <p className="kpi__hint">{hint}</p>
    </section>
  );
}
