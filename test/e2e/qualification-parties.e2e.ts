import { afterAll, beforeAll, expect, test } from 'vitest';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';
import { load } from './qualification-page.js';

const STEP_TIMEOUT_MS = 15_000;
const NEW_PARTY = '三轮精机（重复录入）';

describeE2E('keeping the parties of a project', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  const row = (name: string) =>
    running().page.locator('[data-testid="party-row"]', { hasText: name });
  const partyNamed = async (name: string) =>
    (await load(running())).parties.find((p) => p.name === name);

  beforeAll(async () => {
    app = await startApp({ locale: 'zh-Hant' });
    app.page.setDefaultTimeout(STEP_TIMEOUT_MS);
    await app.page.getByTestId('nav-parties').click();
    await app.page.getByTestId('parties-view').waitFor();
  });
  afterAll(async () => {
    await app?.close();
  });

  test('adds a party with its country named in the user’s language and a contact', async () => {
    const { page } = running();
    await page.getByTestId('party-add').click();
    const dialog = page.getByTestId('party-dialog');
    await dialog.getByTestId('party-name').fill(NEW_PARTY);
    await dialog.getByTestId('party-country').selectOption('JP');
    await dialog.getByTestId('contact-add').click();
    await dialog.getByTestId('contact-name').fill('Sato Ken');
    await dialog.getByTestId('contact-email').fill('sato@example.com');
    await dialog.getByTestId('party-save').click();
    await dialog.waitFor({ state: 'detached' });
    const japan = new Intl.DisplayNames(['zh-Hant'], { type: 'region' }).of('JP') ?? 'JP';
    await expect(row(NEW_PARTY).getByTestId('party-country-name').innerText()).resolves.toContain(
      japan,
    );
    await expect(row(NEW_PARTY).getByTestId('party-origin').innerText()).resolves.toBe('進口');
    const stored = await partyNamed(NEW_PARTY);
    expect(stored).toMatchObject({ kind: 'component_supplier', country: 'JP' });
    expect(JSON.parse(stored?.contacts ?? '[]')).toEqual([
      { name: 'Sato Ken', role: '', email: 'sato@example.com', phone: '' },
    ]);
  });

  test('attaches the new party as a supplier of a need node', async () => {
    const { page } = running();
    await row(NEW_PARTY).getByTestId('party-attach').click();
    const dialog = page.getByTestId('attach-dialog');
    await dialog.getByTestId('attach-need').selectOption({ index: 1 });
    await dialog.getByTestId('attach-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(row(NEW_PARTY).getByTestId('party-link-count').innerText()).resolves.toBe('1');
  });

  test('merges the duplicate into the party kept, with its supply link', async () => {
    const { page } = running();
    const duplicate = await partyNamed(NEW_PARTY);
    const kept = await partyNamed('三轮精机株式会社');
    const before = (await load(running())).links.filter((l) => l.partyId === kept?.id).length;
    await row(NEW_PARTY).getByTestId('party-merge').click();
    const dialog = page.getByTestId('merge-dialog');
    await dialog.getByTestId('merge-keep').selectOption(kept?.id ?? '');
    await dialog.getByTestId('merge-confirm').click();
    await dialog.waitFor({ state: 'detached' });
    await expect(row(NEW_PARTY).count()).resolves.toBe(0);
    const snapshot = await load(running());
    expect(snapshot.parties.some((p) => p.id === duplicate?.id)).toBe(false);
    expect(snapshot.links.filter((l) => l.partyId === kept?.id)).toHaveLength(before + 1);
  });

  test('removes a party only after confirmation, with its supply links', async () => {
    const { page } = running();
    const target = '凌峰涂层技术有限公司';
    await row(target).getByTestId('party-remove').click();
    await page.getByTestId('confirm-cancel').click();
    await expect(row(target).count()).resolves.toBe(1);
    await row(target).getByTestId('party-remove').click();
    await page.getByTestId('confirm-ok').click();
    await expect.poll(() => row(target).count()).toBe(0);
    expect(await partyNamed(target)).toBeUndefined();
    expect(running().problems()).toEqual([]);
  });
});
