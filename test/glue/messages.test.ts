import { fakeBrowser } from '@webext-core/fake-browser';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { handlers, routeMessage } from '../../src/background/router';
import { classifySender, isSnapshotResult, REQUEST_GUARDS } from '../../src/background/validate';
import { notifyWorker, replyingListener, type MessageSenderLike } from '../../src/shared/messages';

(globalThis as { browser?: unknown }).browser = fakeBrowser;

const ID = 'test-extension-id';
const BASE = `chrome-extension://${ID}/`;
const detection = { isArticle: true, kind: 'news', confidence: 0.9, site: 'yna-en', reasons: ['site:yna-en'] };

const fromContent: MessageSenderLike = { id: ID, url: 'https://en.yna.co.kr/view/AEN1', frameId: 0, tab: { id: 7, url: 'https://en.yna.co.kr/view/AEN1' } };
const fromPopup: MessageSenderLike = { id: ID, url: `${BASE}popup.html?tabId=7` };
const fromOverlayFrame: MessageSenderLike = { id: ID, url: `${BASE}reader.html?mode=overlay`, frameId: 3, tab: { id: 7 } };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('classifySender', () => {
  it.each<[string, MessageSenderLike, 'content' | 'ui' | null]>([
    ['our content script in a top frame', fromContent, 'content'],
    ['our popup', fromPopup, 'ui'],
    ['our overlay frame inside a tab', fromOverlayFrame, 'ui'],
    ['another extension', { ...fromPopup, id: 'evil-extension' }, null],
    ['no id at all', { url: fromPopup.url }, null],
    ['a content script in a subframe', { ...fromContent, frameId: 2 }, null],
    ['a page-looking sender without a tab', { id: ID, url: 'https://example.com/' }, null],
    ['another extension origin claiming our id', { id: ID, url: 'chrome-extension://other/popup.html', tab: { id: 1 } }, null],
    ['a tab with a negative id (devtools / prerender)', { ...fromContent, tab: { id: -1 } }, null],
    ['a lookalike of our extension origin', { id: ID, url: `chrome-extension://${ID}.evil.com/x`, tab: { id: 2 }, frameId: 0 }, null],
  ])('%s', (_label, sender, expected) => {
    expect(classifySender(sender, ID, BASE)).toBe(expected);
  });
});

describe('payload guards', () => {
  it('accept well-formed requests', () => {
    expect(REQUEST_GUARDS.pageDetected({ url: 'https://a.b/', detection })).toBe(true);
    expect(REQUEST_GUARDS.getSnapshot({ tabId: 3 })).toBe(true);
    expect(REQUEST_GUARDS.getSnapshotForSender({})).toBe(true);
    expect(REQUEST_GUARDS.getHandoff({ token: '0b6c1a5e-8d2f-4c3b-9a7e-1f2d3c4b5a69' })).toBe(true);
    expect(REQUEST_GUARDS.openReaderTab({ tabId: 3 })).toBe(true);
    expect(REQUEST_GUARDS.openReaderTab({ tabId: 3, listen: true })).toBe(true);
  });

  it.each([
    ['pageDetected', { url: 'https://a.b/', detection: { ...detection, isArticle: 'yes' } }],
    ['pageDetected', { url: 'https://a.b/', detection: { ...detection, confidence: 7 } }],
    ['pageDetected', { url: 'https://a.b/', detection: { ...detection, kind: 'blog' } }],
    ['pageDetected', { url: 'https://a.b/', detection: { ...detection, reasons: [1] } }],
    ['pageDetected', { url: 'https://a.b/', detection, extra: true }],
    ['pageDetected', null],
    ['getSnapshot', { tabId: '7' }],
    ['getSnapshot', { tabId: 1.5 }],
    ['getSnapshot', { tabId: -1 }],
    ['getSnapshot', {}],
    ['getSnapshotForSender', { tabId: 1 }],
    ['getHandoff', { token: '../../etc' }],
    ['getHandoff', { token: 42 }],
    ['closeOverlay', []],
    ['openReaderTab', { tabId: 3, listen: 'yes' }],
    ['openReaderTab', { tabId: 3, url: 'https://evil.example/' }],
    ['openReaderTab', { listen: true }],
  ] as const)('reject malformed %s %j', (type, data) => {
    expect(REQUEST_GUARDS[type](data)).toBe(false);
  });
});

describe('snapshot results', () => {
  const snapshot = { url: 'https://news.example/a', html: '<p>x</p>', title: 'A', lang: 'en', contentType: 'text/html' };
  it('accept a cut count only as a positive whole number', () => {
    expect(isSnapshotResult({ ok: true, snapshot })).toBe(true);
    expect(isSnapshotResult({ ok: true, snapshot: { ...snapshot, cutChars: 4_900_000 } })).toBe(true);
    for (const cutChars of [0, -1, 1.5, '12', Number.NaN]) expect(isSnapshotResult({ ok: true, snapshot: { ...snapshot, cutChars } })).toBe(false);
  });
});

describe('routeMessage', () => {
  function fakeTable() {
    const calls: [string, unknown, unknown][] = [];
    const table = Object.fromEntries(
      Object.keys(handlers).map((type) => [type, async (data: unknown, sender: unknown) => { calls.push([type, data, sender]); return 'handled'; }]),
    ) as unknown as typeof handlers;
    return { table, calls };
  }

  it('ignores anything that is not a Lede envelope (so other listeners may answer)', () => {
    const { table } = fakeTable();
    expect(routeMessage({ type: 'getSnapshot', data: { tabId: 1 } }, fromPopup, table)).toBeUndefined();
    expect(routeMessage('hello', fromPopup, table)).toBeUndefined();
  });

  it('dispatches a valid UI message with the verified sender', async () => {
    const { table, calls } = fakeTable();
    await expect(routeMessage({ lede: 1, type: 'getSnapshot', data: { tabId: 7 } }, fromPopup, table)).resolves.toBe('handled');
    await expect(routeMessage({ lede: 1, type: 'pageDetected', data: { url: 'https://en.yna.co.kr/view/AEN1', detection } }, fromContent, table)).resolves.toBe('handled');
    expect(calls.map(([type]) => type)).toEqual(['getSnapshot', 'pageDetected']);
    expect(calls[1][2]).toEqual({ tabId: 7, url: 'https://en.yna.co.kr/view/AEN1' });
  });

  it.each<[string, unknown, MessageSenderLike, RegExp]>([
    ['a content message from an extension page', { lede: 1, type: 'pageDetected', data: { url: 'x', detection } }, fromPopup, /sender/],
    ['a UI message from a content script', { lede: 1, type: 'getSnapshot', data: { tabId: 1 } }, fromContent, /sender/],
    ['a UI message from another extension', { lede: 1, type: 'getSnapshot', data: { tabId: 1 } }, { ...fromPopup, id: 'x' }, /sender/],
    ['an unknown type', { lede: 1, type: 'eval', data: {} }, fromPopup, /unknown/],
    ['a prototype key as type', { lede: 1, type: 'constructor', data: {} }, fromPopup, /unknown/],
    ['a malformed payload', { lede: 1, type: 'getSnapshot', data: { tabId: 'all' } }, fromPopup, /malformed/],
  ])('rejects %s without calling a handler', async (_label, message, sender, error) => {
    const { table, calls } = fakeTable();
    await expect(routeMessage(message, sender, table)).rejects.toThrow(error);
    expect(calls).toEqual([]);
  });

  it('the listener answers {ok:false, error} for rejected messages and {ok:true, value} for handled ones', async () => {
    const listener = replyingListener((message, sender) => routeMessage(message, sender, fakeTable().table));
    const answers: unknown[] = [];
    expect(listener({ lede: 1, type: 'getSnapshot', data: {} }, fromPopup, (reply) => answers.push(reply))).toBe(true);
    expect(listener({ lede: 1, type: 'getDetection', data: { tabId: 1 } }, fromPopup, (reply) => answers.push(reply))).toBe(true);
    expect(listener({ not: 'ours' }, fromPopup, (reply) => answers.push(reply))).toBeUndefined();
    await vi.waitFor(() => expect(answers).toHaveLength(2));
    expect(answers).toContainEqual({ ok: false, error: 'Lede: malformed message' });
    expect(answers).toContainEqual({ ok: true, value: 'handled' });
  });
});

describe('notifyWorker', () => {
  it('sends the envelope and resolves without reading the answer', async () => {
    const seen: unknown[] = [];
    const news = { ...detection, kind: 'news' as const };
    fakeBrowser.runtime.onMessage.addListener((message) => {
      seen.push(message);
      return Promise.resolve('not a reply envelope');
    });
    await expect(notifyWorker('pageDetected', { url: 'https://a.b/', detection: news })).resolves.toBeUndefined();
    expect(seen).toEqual([{ lede: 1, type: 'pageDetected', data: { url: 'https://a.b/', detection: news } }]);
  });
});
