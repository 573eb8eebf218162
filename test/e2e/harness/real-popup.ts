/**
 * The real toolbar popup (chrome.action.openPopup), not popup.html opened as a tab. It is what a
 * user's click opens: no ?tabId, its own tabs.query path, and activeTab granted by the opening.
 * It is not a Playwright Page, so it is read through CDP (docs/browser-testing.md, point 6).
 */
import type { Page } from 'playwright-core';
import type { Lede } from './launch';

export interface RealPopupReading {
  state: string;
  panelText: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Opens the real popup over `page` and returns its settled state (or the last one seen after `timeoutMs`). */
export async function readRealPopup(lede: Lede, page: Page, timeoutMs = 5_000): Promise<RealPopupReading> {
  const browser = lede.ctx.browser();
  if (!browser) throw new Error('no browser handle for CDP');
  await page.bringToFront();
  await lede.worker.evaluate(() => (globalThis as any).chrome.action.openPopup());
  const cdp = await browser.newBrowserCDPSession();
  try {
    const deadline = Date.now() + timeoutMs;
    let targetId: string | undefined;
    while (!targetId && Date.now() < deadline) {
      const { targetInfos } = (await cdp.send('Target.getTargets')) as { targetInfos: { targetId: string; url: string }[] };
      targetId = targetInfos.find((t) => t.url.startsWith(`chrome-extension://${lede.extensionId}/popup.html`))?.targetId;
      if (!targetId) await sleep(50);
    }
    if (!targetId) throw new Error('the real popup did not open');
    const { sessionId } = (await cdp.send('Target.attachToTarget', { targetId, flatten: false })) as { sessionId: string };
    let nextId = 1;
    const evaluate = (expression: string) => new Promise<string>((resolve, reject) => {
      const id = nextId++;
      const onMessage = (event: { sessionId: string; message: string }) => {
        const message = JSON.parse(event.message) as { id?: number; result?: { result?: { value?: string } }; error?: unknown };
        if (event.sessionId !== sessionId || message.id !== id) return;
        cdp.off('Target.receivedMessageFromTarget' as never, onMessage as never);
        if (message.error) reject(new Error(JSON.stringify(message.error)));
        else resolve(String(message.result?.result?.value ?? ''));
      };
      cdp.on('Target.receivedMessageFromTarget' as never, onMessage as never);
      void cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params: { expression, returnByValue: true } }),
      });
    });
    let state = '';
    while (Date.now() < deadline) {
      state = await evaluate('document.body ? (document.body.dataset.state || "") : ""');
      if (state && state !== 'loading') break;
      await sleep(50);
    }
    const panelText = await evaluate(`(document.querySelector('[data-panel]')?.textContent || '').replace(/\\s+/g, ' ').trim()`);
    await cdp.send('Target.closeTarget', { targetId }).catch(() => undefined);
    return { state, panelText };
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}
