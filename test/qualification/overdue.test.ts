import { describe, expect, it } from 'vitest';
import type { Transition } from '../../shared/model/entities.js';
import {
  isOverdue,
  lastTransitionDate,
  nextStageTarget,
  stagePlanVsActual,
} from '../../shared/model/overdue.js';
import { templateStages } from '../../shared/model/templates.js';

const stages = templateStages('one_dragon');
const link = (stage: number, stageTargets: Record<string, string>, targetDate = '') => ({
  stage,
  stageTargets: JSON.stringify(stageTargets),
  targetDate,
});

function transition(kind: Transition['kind'], toStage: string, date: string): Transition {
  return {
    id: `${kind}-${toStage}-${date}`,
    linkId: 'l',
    kind,
    fromStage: '',
    toStage,
    date,
    byPartyId: 'p',
    comment: '',
    testPlatformPartyId: '',
    approvesId: '',
  };
}

describe('overdue supply links', () => {
  it('is overdue past the target date of its next stage, not on the day itself', () => {
    const atSamples = link(3, { test_verification: '2026-10-31' });
    expect(isOverdue(atSamples, stages, '2026-10-31')).toBe(false);
    expect(isOverdue(atSamples, stages, '2026-11-01')).toBe(true);
  });

  it('ignores targets of stages other than the next one', () => {
    expect(isOverdue(link(3, { small_batch: '2020-01-01' }), stages, '2026-11-01')).toBe(false);
  });

  it('falls back to the single target date of older files', () => {
    const old = link(4, {}, '2026-09-30');
    expect(nextStageTarget(old, stages)).toBe('2026-09-30');
    expect(isOverdue(old, stages, '2026-11-26')).toBe(true);
  });

  it('is never overdue at the last stage', () => {
    expect(isOverdue(link(7, {}, '2020-01-01'), stages, '2026-11-26')).toBe(false);
  });
});

describe('planned against actual dates', () => {
  it('shows each stage with its plan, first approval and first report, late ones flagged', () => {
    const rows = stagePlanVsActual(
      link(4, { test_verification: '2026-03-01', small_batch: '2026-09-01' }),
      stages,
      [
        transition('approved', 'samples', '2025-06-01'),
        transition('approved', 'test_verification', '2026-04-15'),
        transition('reported', 'small_batch', '2026-10-01'),
      ],
      '2026-11-26',
    );
    expect(rows[3]).toMatchObject({ approved: '2025-06-01', late: false });
    expect(rows[4]).toMatchObject({ planned: '2026-03-01', approved: '2026-04-15', late: true });
    expect(rows[5]).toMatchObject({ planned: '2026-09-01', reported: '2026-10-01', late: true });
    expect(rows[6]).toMatchObject({ planned: '', late: false });
  });

  it('names the latest transition date as the earliest date a new move may have', () => {
    expect(
      lastTransitionDate([
        transition('approved', 'a', '2025-01-01'),
        transition('reported', 'b', '2026-02-03'),
      ]),
    ).toBe('2026-02-03');
    expect(lastTransitionDate([])).toBe('');
  });
});
