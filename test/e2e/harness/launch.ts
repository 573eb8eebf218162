/**
 * Launches headless Debian Chromium with the built extension (dist/chrome) loaded, in a fresh
 * profile, following ../shared/docs/browser-testing.md. One browser per test file.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Worker } from 'playwright-core';
import { installRoutes, type RouteTable } from './routes';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const EXTENSION_DIR = path.join(REPO_ROOT, 'dist/chrome');
export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');
const CHROMIUM = process.env.LEDE_CHROMIUM ?? '/usr/bin/chromium';

export interface Lede {
  ctx: BrowserContext;
  /** The extension's service worker. The same object keeps working after a worker restart. */
  worker: Worker;
  extensionId: string;
  routes: RouteTable;
  /** chrome-extension://<id>/<file> */
  url(file: string): string;
  close(): Promise<void>;
}

export async function launchLede(options: { colorScheme?: 'light' | 'dark' } = {}): Promise<Lede> {
  if (!fs.existsSync(path.join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`${EXTENSION_DIR}/manifest.json is missing: run \`node build.mjs\` first`);
  }
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'lede-e2e-'));
  const ctx = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    colorScheme: options.colorScheme ?? 'light',
    locale: 'en-US',
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const routes = await installRoutes(ctx);
  const worker = ctx.serviceWorkers().find((w) => w.url().startsWith('chrome-extension://'))
    ?? await ctx.waitForEvent('serviceworker', { timeout: 15_000 });
  const extensionId = new URL(worker.url()).host;
  return {
    ctx, worker, extensionId, routes,
    url: (file) => `chrome-extension://${extensionId}/${file}`,
    async close() {
      await ctx.close().catch(() => undefined);
      fs.rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * Stops the extension's service worker (as Chrome does after 30 s idle) by closing its DevTools
 * target. The next event or message starts a fresh instance; Playwright's Worker object reattaches.
 */
export async function stopWorker(lede: Lede): Promise<void> {
  const browser = lede.ctx.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = await cdp.send('Target.getTargets');
    const target = targetInfos.find((t) => t.type === 'service_worker'
      && t.url.startsWith(`chrome-extension://${lede.extensionId}/`));
    if (!target) throw new Error('extension service worker target not found');
    await cdp.send('Target.closeTarget', { targetId: target.targetId });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

/**
 * Clicks Lede's toolbar button for the tab showing `pageUrl` (CDP Extensions.triggerAction: the
 * browser's own action path, so activeTab is granted to that tab as after a real click). The real
 * popup is switched off for that one click: it would not be a Playwright page (nothing would watch
 * it) and it would read the page at the same time as the test's popup, in the same renderer. The
 * tests then open popup.html?tabId=N, which has the same access.
 */
export async function clickToolbarButton(lede: Lede, pageUrl: string): Promise<void> {
  const browser = lede.ctx.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  const cdp = await browser.newBrowserCDPSession();
  const setPopup = (popup: string) => lede.worker.evaluate((file) => (globalThis as any).chrome.action.setPopup({ popup: file }), popup);
  try {
    const { targetInfos: tabs } = await cdp.send('Target.getTargets', { filter: [{ type: 'tab' }] } as never);
    const tab = [...tabs].reverse().find((t) => t.type === 'tab' && t.url === pageUrl);
    if (!tab) throw new Error(`no tab shows ${pageUrl}`);
    await setPopup('');
    await cdp.send('Extensions.triggerAction' as never, { id: lede.extensionId, targetId: tab.targetId } as never);
  } finally {
    await setPopup('popup.html').catch(() => undefined);
    await cdp.detach().catch(() => undefined);
  }
}
