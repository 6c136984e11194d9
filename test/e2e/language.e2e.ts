import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { translate } from '../../shared/i18n/index.js';
import type { Locale } from '../../shared/i18n/locales.js';
import { NEED_KINDS, type NeedKind } from '../../shared/model/kinds.js';
import { describeE2E, startApp, type AppHandle } from './harness/index.js';
import { expandSnapshot } from '../../shared/model/snapshot-columns.js';

const STARTING_LOCALE: Locale = 'zh-Hans';
/** Set in the page before a switch; still there afterwards only if the page did not reload. */
const NO_RELOAD_MARK = '__longmaiLanguageTestMark';

interface ShownLabels {
  htmlLang: string;
  title: string;
  fitView: string;
  toggleInspector: string;
  deleteSelection: string;
  statusCounts: string;
  firstNodeKind: string;
}

function isNeedKind(value: string | null): value is NeedKind {
  return (NEED_KINDS as readonly (string | null)[]).includes(value);
}

async function shownLabels(page: Page): Promise<ShownLabels> {
  const text = async (testId: string) => (await page.getByTestId(testId).textContent()) ?? '';
  const firstIcon = page.locator('[data-testid="need-node"] .need-node__icon').first();
  return {
    htmlLang: await page.evaluate(() => document.documentElement.lang),
    title: await page.title(),
    fitView: await text('fit-view'),
    toggleInspector: await text('toggle-inspector'),
    deleteSelection: await text('delete-selection'),
    statusCounts: await text('status-counts'),
    firstNodeKind: (await firstIcon.getAttribute('aria-label')) ?? '',
  };
}

/** The labels the app must show in `locale` for the open sample project. */
async function expectedLabels(app: AppHandle, locale: Locale): Promise<ShownLabels> {
  const snapshot = await app.services.handlers['project.load'](undefined).then(expandSnapshot);
  const firstKind = await app.page
    .locator('[data-testid="need-node"]')
    .first()
    .getAttribute('data-kind');
  if (!isNeedKind(firstKind)) throw new Error(`a need node card has an unknown kind ${firstKind}`);
  return {
    htmlLang: locale,
    title: translate(locale, 'app.windowTitle', { project: snapshot.project.name }),
    fitView: translate(locale, 'graph.fitView'),
    toggleInspector: translate(locale, 'graph.toggleInspector'),
    deleteSelection: translate(locale, 'graph.deleteSelection'),
    statusCounts: translate(locale, 'status.counts', {
      nodes: snapshot.nodes.length,
      edges: snapshot.edges.length,
      links: snapshot.links.length,
    }),
    firstNodeKind: translate(locale, `kind.${firstKind}`),
  };
}

async function waitForHtmlLang(page: Page, locale: Locale): Promise<void> {
  await page.waitForFunction((lang) => document.documentElement.lang === lang, locale);
}

describeE2E('switching the language of the app', () => {
  let app: AppHandle | null = null;
  const running = (): AppHandle => {
    if (!app) throw new Error('the app did not start');
    return app;
  };
  const markPage = () =>
    running().page.evaluate((mark) => Reflect.set(window, mark, true), NO_RELOAD_MARK);
  const pageKeptMark = () =>
    running().page.evaluate((mark) => Reflect.get(window, mark) === true, NO_RELOAD_MARK);

  beforeAll(async () => {
    app = await startApp({ locale: STARTING_LOCALE });
    app.page.setDefaultTimeout(15_000);
  });
  afterAll(async () => {
    await app?.close();
  });

  test('starts in the stored language, Simplified Chinese', async () => {
    const { page } = running();
    await waitForHtmlLang(page, STARTING_LOCALE);
    await expect(shownLabels(page)).resolves.toEqual(
      await expectedLabels(running(), STARTING_LOCALE),
    );
  });

  test.each(['zh-Hant', 'en'] as const)(
    'relabels the whole window in %s at once when it is picked, without reloading',
    async (locale) => {
      const { page } = running();
      await markPage();
      await page.getByTestId('language-select').selectOption(locale);
      await waitForHtmlLang(page, locale);
      await expect(shownLabels(page)).resolves.toEqual(await expectedLabels(running(), locale));
      await expect(pageKeptMark()).resolves.toBe(true);
    },
  );

  test('remembers the chosen language across a restart', async () => {
    await running().reload();
    const { page } = running();
    await waitForHtmlLang(page, 'en');
    await expect(page.getByTestId('language-select').inputValue()).resolves.toBe('en');
    await expect(shownLabels(page)).resolves.toEqual(await expectedLabels(running(), 'en'));
  });

  test('switches when the language menu announces a new language', async () => {
    const { page, emit } = running();
    await markPage();
    await emit('locale-changed', { locale: 'zh-Hant' });
    await waitForHtmlLang(page, 'zh-Hant');
    await expect(shownLabels(page)).resolves.toEqual(await expectedLabels(running(), 'zh-Hant'));
    await expect(page.getByTestId('language-select').inputValue()).resolves.toBe('zh-Hant');
    await expect(pageKeptMark()).resolves.toBe(true);
  });

  test('reports no console errors, CSP violations or service crashes along the way', () => {
    expect(running().problems()).toEqual([]);
  });
});
