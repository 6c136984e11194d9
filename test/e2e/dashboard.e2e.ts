import { afterAll, beforeAll, expect, test } from 'vitest';
import { runCli } from '../../electron/cli/run.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const STEP_TIMEOUT_MS = 15_000;
/** Cards are 200 px wide at zoom 1; at the sample's fit view they are about a third of that. */
const READABLE_CARD_WIDTH = 140;

interface CliRate {
  value: number | null;
  numerator: number;
  denominator: number;
}

interface CliMetrics {
  selfSufficiency: CliRate;
  processAdoption: CliRate;
  bySubsystem: { nodeId: string; selfSufficiency: CliRate; processAdoption: CliRate }[];
  flagCounts: Record<string, number>;
  topRisks: { nodeId: string; name: string }[];
}

/** `longmai metrics FILE --json`, run in process on the file the app has open. */
function cliMetrics(file: string): CliMetrics {
  let stdout = '';
  const code = runCli(['metrics', file, '--json'], {
    stdout: (text) => (stdout += text),
    stderr: () => undefined,
  });
  if (code !== 0) throw new Error(`longmai metrics exited with ${String(code)}`);
  return JSON.parse(stdout) as CliMetrics;
}

describeE2E('the dashboard, the what-if and the graph overlays', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  const page = () => running().page;
  const byTestId = (id: string) => page().locator(`[data-testid="${id}"]`);

  beforeAll(async () => {
    app = await startApp({ locale: 'en' });
    app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await byTestId('nav-dashboard').click();
    await byTestId('kpi-self-sufficiency').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('shows the same rates as longmai metrics on the same file', async () => {
    const cli = cliMetrics(running().projectPath);
    for (const [testId, rate] of [
      ['kpi-self-sufficiency', cli.selfSufficiency],
      ['kpi-process-adoption', cli.processAdoption],
    ] as const) {
      const card = byTestId(testId);
      await expect(card.getAttribute('data-numerator')).resolves.toBe(String(rate.numerator));
      await expect(card.getAttribute('data-denominator')).resolves.toBe(String(rate.denominator));
      const shown = await byTestId(`${testId}-value`).innerText();
      expect(shown).toBe(`${String(Math.round((rate.value ?? 0) * 1000) / 10)}%`);
    }
  });

  test('shows the same per-subsystem roll-ups and flag counts as longmai metrics', async () => {
    const cli = cliMetrics(running().projectPath);
    for (const roll of cli.bySubsystem) {
      const row = page().locator(`[data-testid="rollup-row"][data-node-id="${roll.nodeId}"]`);
      const ss = row.locator('[data-testid="rollup-self-sufficiency"]');
      await expect(ss.getAttribute('data-numerator')).resolves.toBe(
        String(roll.selfSufficiency.numerator),
      );
      await expect(ss.getAttribute('data-denominator')).resolves.toBe(
        String(roll.selfSufficiency.denominator),
      );
    }
    for (const [flag, count] of Object.entries(cli.flagCounts)) {
      await expect(byTestId(`risk-count-${flag}`).getAttribute('data-count')).resolves.toBe(
        String(count),
      );
    }
  });

  test('draws the trend and the stage distribution with ECharts', async () => {
    await expect(byTestId('trend-chart').locator('canvas').count()).resolves.toBeGreaterThan(0);
    await expect(byTestId('stage-chart').locator('canvas').count()).resolves.toBeGreaterThan(0);
    expect(running().problems()).toEqual([]);
  });

  test('opens the graph on a top risk, selected and zoomed to', async () => {
    const cli = cliMetrics(running().projectPath);
    const first = cli.topRisks[0];
    if (!first) throw new Error('the sample has no flagged need node');
    const row = page().locator(`[data-testid="top-risk"][data-node-id="${first.nodeId}"]`);
    await row.locator('[data-testid="show-in-graph"]').click();
    await byTestId('graph-view').waitFor();
    const card = page().locator(`.react-flow__node[data-id="${first.nodeId}"]`);
    await expect.poll(() => card.getAttribute('class')).toContain('selected');
    const canvas = await byTestId('graph-canvas').boundingBox();
    // Zoomed to: the card is on screen and drawn large enough to read (at fit view it is not).
    await expect
      .poll(async () => {
        const box = await card.boundingBox();
        if (!box || !canvas) return 'not drawn';
        const centreX = box.x + box.width / 2;
        const centreY = box.y + box.height / 2;
        const inside =
          centreX > canvas.x &&
          centreX < canvas.x + canvas.width &&
          centreY > canvas.y &&
          centreY < canvas.y + canvas.height;
        return inside && box.width >= READABLE_CARD_WIDTH ? 'zoomed to' : 'elsewhere';
      })
      .toBe('zoomed to');
  });

  test('colours need nodes by risk and by stage, and back by kind', async () => {
    await byTestId('nav-graph').click();
    await byTestId('overlay-risk').click();
    await expect
      .poll(() => page().locator('.need-node.node-overlay--risk-critical').count())
      .toBeGreaterThan(0);
    await expect(byTestId('graph-overlays-legend').innerText()).resolves.toContain('Critical');
    await byTestId('overlay-stage').click();
    await expect
      .poll(() => page().locator('.need-node.node-overlay--stage-batch').count())
      .toBeGreaterThan(0);
    await byTestId('overlay-none').click();
    await expect.poll(() => page().locator('.need-node.node-overlay').count()).toBe(0);
    expect(running().problems()).toEqual([]);
  });

  test('what-if: losing a party lists the items left without a supplier and the metric drop', async () => {
    const { services } = running();
    const snapshot = await services.handlers['project.load'](undefined).then(expandSnapshot);
    const qiming = snapshot.parties.find((party) => party.name === '启明数控系统有限公司');
    if (!qiming) throw new Error('the sample has no 启明 party');
    const expected = await services.handlers['metrics.whatIf']({
      lostPartyIds: [qiming.id],
      lostNodeIds: [],
    });
    await byTestId('nav-dashboard').click();
    await byTestId('dashboard-tab-whatIf').click();
    await byTestId('what-if-party-select').selectOption(qiming.id);
    await byTestId('what-if-party-add').click();
    await byTestId('what-if-results').waitFor();
    const ss = byTestId('what-if-self-sufficiency');
    await expect(ss.getAttribute('data-before')).resolves.toBe(
      String(expected.selfSufficiency.before.numerator),
    );
    await expect(ss.getAttribute('data-after')).resolves.toBe(
      String(expected.selfSufficiency.after.numerator),
    );
    expect(expected.selfSufficiency.after.numerator).toBeLessThan(
      expected.selfSufficiency.before.numerator,
    );
    const listed = await byTestId('what-if-no-supplier')
      .locator('[data-node-id]')
      .evaluateAll((items) => items.map((item) => item.getAttribute('data-node-id')));
    expect(listed).toEqual(expected.noSupplier.map((node) => node.nodeId));
    expect(running().problems()).toEqual([]);
  });
});
