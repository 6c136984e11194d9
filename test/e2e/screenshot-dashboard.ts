// Extra pictures for the metrics work: the what-if with a supplier marked lost, and the graph
// coloured by risk. `shoot(name)` takes one picture under that name.
import type { Page } from 'playwright-core';

/** The sample's German maker of scales and encoders: losing it leaves items with no supplier. */
const LOST_PARTY = '霍恩贝格测量技术公司';

export async function captureWhatIf(page: Page, shoot: (name: string) => Promise<unknown>) {
  await page.getByTestId('dashboard-tab-whatIf').click();
  const select = page.getByTestId('what-if-party-select');
  const value = await select
    .locator('option', { hasText: LOST_PARTY })
    .first()
    .getAttribute('value');
  if (value) await select.selectOption(value);
  await page.getByTestId('what-if-party-add').click();
  await page.getByTestId('what-if-results').waitFor();
  await shoot('dashboard-what-if');
  await page.getByTestId('dashboard-tab-metrics').click();
}

export async function captureRiskOverlay(page: Page, shoot: (name: string) => Promise<unknown>) {
  await page.getByTestId('overlay-risk').click();
  await shoot('graph-risk-overlay');
  await page.getByTestId('overlay-none').click();
}
