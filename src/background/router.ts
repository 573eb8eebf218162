/**
 * The worker's one message entry point: envelope → sender check → payload check → handler.
 * Anything that fails a check is rejected with an error answer and never reaches a handler.
 */
import { ext } from '../shared/browser-api';
import { isEnvelope, type MessageSenderLike, type WorkerMessageType, type WorkerProtocol } from '../shared/messages';
import { readSettings, shouldAutoOpen } from '../shared/settings';
import { readHandoff, storeHandoff, type Handed } from './handoff';
import { freshRead, keepRead } from './kept-reads';
import { snapshotTab } from './snapshot-service';
import { decideForNewPage } from './auto-mode';
import { closeOverlayIn, overlayOpenedIn } from './overlay-control';
import { getTabDetection, recordDetection } from './tab-state';
import { classifySender, isWorkerMessageType, MESSAGE_ORIGIN, REQUEST_GUARDS } from './validate';

/** What a handler knows about the sender after validation. */
interface Verified {
  /** The sender's tab id, when it is in a tab (content script, overlay frame). */
  tabId: number | undefined;
  /** The sender's document URL. */
  url: string;
}

type Handlers = {
  [K in WorkerMessageType]: (data: WorkerProtocol[K]['request'], sender: Verified) => Promise<WorkerProtocol[K]['response']>;
};

function requireTab(sender: Verified): number {
  if (sender.tabId === undefined) throw new Error('Lede: this message must come from a tab');
  return sender.tabId;
}

export const handlers: Handlers = {
  async pageDetected(data, sender) {
    // The URL that decides automatic mode is the one the browser reports, not the one in the payload.
    const tabId = requireTab(sender);
    const settings = await readSettings();
    const state = await recordDetection(tabId, sender.url || data.url, data.detection);
    await decideForNewPage(tabId, state, settings);
    return { autoOpen: shouldAutoOpen(settings, state.url) };
  },
  async getSnapshot(data) {
    return snapshotTab(data.tabId);
  },
  async getPage(data) {
    // The popup opened again on a page it has read: shown from that read, with no snapshot, parse or read.
    const read = await freshRead(data.tabId);
    return read ? { ok: true, read } : snapshotTab(data.tabId);
  },
  async getSnapshotForSender(_data, sender) {
    const tabId = requireTab(sender);
    if (!(await overlayOpenedIn(tabId))) throw new Error('Lede: no overlay was opened in this tab');
    // An overlay opened from the popup (its "always on this site") shows the popup's read of the page.
    const read = await freshRead(tabId);
    return read ? { ok: true, read } : snapshotTab(tabId);
  },
  async getDetection(data) {
    return getTabDetection(data.tabId);
  },
  async openReaderTab(data) {
    let handed: Handed;
    const read = await freshRead(data.tabId);
    if (read) {
      handed = { read };
    } else {
      const result = await snapshotTab(data.tabId);
      if (!result.ok) return result;
      handed = result.snapshot;
    }
    const token = await storeHandoff(handed);
    const api = ext();
    const tab = await api.tabs.get(data.tabId).catch(() => undefined);
    await api.tabs.create({
      url: api.runtime.getURL(`reader.html?handoff=${token}${data.listen ? '&listen=1' : ''}`),
      windowId: tab?.windowId,
      index: tab ? tab.index + 1 : undefined,
      openerTabId: tab?.id,
    });
    return { ok: true, token };
  },
  async getHandoff(data) {
    return readHandoff(data.token);
  },
  async keepRead(data) {
    // The page's address as the popup read it must be the one in its fingerprint: one page, one read.
    if (data.read.url !== data.fingerprint.url) return { kept: false };
    return { kept: await keepRead(data.tabId, data.fingerprint, data.read) };
  },
  async closeOverlay(_data, sender) {
    return { closed: await closeOverlayIn(requireTab(sender)) };
  },
};

/**
 * Validates and dispatches one incoming message. Returns undefined for messages that are not Lede
 * envelopes (so other listeners may answer), and a rejected promise for rejected ones.
 */
export function routeMessage(message: unknown, sender: MessageSenderLike, table: Handlers = handlers): Promise<unknown> | undefined {
  if (!isEnvelope(message)) return undefined;
  const api = ext();
  const kind = classifySender(sender, api.runtime.id, api.runtime.getURL(''));
  const type = message.type;
  if (!isWorkerMessageType(type)) return Promise.reject(new Error('Lede: unknown message'));
  if (kind === null || MESSAGE_ORIGIN[type] !== kind) return Promise.reject(new Error('Lede: sender not allowed'));
  if (!REQUEST_GUARDS[type](message.data)) return Promise.reject(new Error('Lede: malformed message'));
  const verified: Verified = { tabId: sender.tab?.id, url: sender.url ?? '' };
  return dispatch(type, message.data, verified, table);
}

function dispatch<K extends WorkerMessageType>(type: K, data: unknown, sender: Verified, table: Handlers): Promise<unknown> {
  const handler = table[type] as (data: unknown, sender: Verified) => Promise<unknown>;
  return handler(data, sender);
}
