// @vitest-environment jsdom
import { fakeBrowser } from '@webext-core/fake-browser';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The content script runs detection from src/core/detect; here a stand-in says "article" for /view/ URLs.
vi.mock('../../src/core/detect', () => ({
  detectArticle: (_doc: Document, url: string) => ({
    isArticle: url.includes('/view/'), kind: url.includes('/view/') ? 'news' : 'none', confidence: 0.9, reasons: ['test'],
  }),
}));

(globalThis as { browser?: unknown }).browser = fakeBrowser;
const reports: { url: string; isArticle: boolean }[] = [];

beforeAll(async () => {
  vi.useFakeTimers();
  fakeBrowser.reset();
  fakeBrowser.runtime.onMessage.addListener((message: unknown, _sender: unknown, sendResponse: (reply: unknown) => void) => {
    const envelope = message as { type: string; data: { url: string; detection: { isArticle: boolean } } };
    if (envelope.type === 'pageDetected') reports.push({ url: envelope.data.url, isArticle: envelope.data.detection.isArticle });
    sendResponse({ ok: true, value: { autoOpen: false } });
    return true;
  });
  history.replaceState(null, '', '/view/AEN1');
  await import('../../src/content/index');
});

afterAll(() => {
  vi.useRealTimers();
});

describe('content script', () => {
  it('detects at load, marks <html> and reports to the worker', async () => {
    await vi.waitFor(() => expect(reports).toEqual([{ url: 'http://localhost:3000/view/AEN1', isArticle: true }]));
    expect(document.documentElement.getAttribute('data-lede-article')).toBe('yes');
  });

  it('detects again after an in-page navigation noticed through DOM mutations (pushState is invisible)', async () => {
    history.pushState(null, '', '/section/politics');
    document.body.append(document.createElement('div')); // the app renders its new view
    await vi.advanceTimersByTimeAsync(2000);
    expect(reports.at(-1)).toEqual({ url: 'http://localhost:3000/section/politics', isArticle: false });
    expect(document.documentElement.getAttribute('data-lede-article')).toBe('no');
  });

  it('detects again after popstate / hashchange, once per URL', async () => {
    const before = reports.length;
    history.pushState(null, '', '/view/AEN2');
    window.dispatchEvent(new PopStateEvent('popstate'));
    window.dispatchEvent(new PopStateEvent('popstate'));
    await vi.advanceTimersByTimeAsync(2000);
    expect(reports.slice(before)).toEqual([{ url: 'http://localhost:3000/view/AEN2', isArticle: true }]);
  });

  it('does nothing when mutations happen without a URL change', async () => {
    const before = reports.length;
    for (let i = 0; i < 20; i++) document.body.append(document.createElement('span'));
    await vi.advanceTimersByTimeAsync(3000);
    expect(reports.length).toBe(before);
  });

  it('runs once even if injected again (manifest + command injection share the isolated world)', async () => {
    const before = reports.length;
    vi.resetModules();
    await import('../../src/content/index');
    await vi.advanceTimersByTimeAsync(1000);
    expect(reports.length).toBe(before);
  });
});
