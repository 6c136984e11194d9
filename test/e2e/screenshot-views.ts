// Views that show nothing until something is chosen get a choice before their picture.
import type { Page } from 'playwright-core';

/** The sample's CNC controller unit: two suppliers, one with a claim waiting for approval. */
const TIMELINE_NEED = '数控装置';
const TIMELINE_SUPPLIER = '启明数控系统有限公司';

export async function prepareView(page: Page, view: string): Promise<void> {
  if (view !== 'timeline') return;
  const need = page.getByTestId('timeline-need');
  const value = await need
    .locator('option', { hasText: TIMELINE_NEED })
    .first()
    .getAttribute('value');
  if (value) await need.selectOption(value);
  const link = page.getByTestId('timeline-link');
  const claimant = await link
    .locator('option', { hasText: TIMELINE_SUPPLIER })
    .first()
    .getAttribute('value');
  if (claimant) await link.selectOption(claimant);
  await page.getByTestId('timeline-list').waitFor();
}
