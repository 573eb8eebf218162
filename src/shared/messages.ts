/**
 * The ONE message protocol between the content script, the worker and the extension pages.
 *
 * Why a tiny typed wrapper instead of @webext-core/messaging: that library bundles
 * webextension-polyfill, which the content script cannot afford (6 KB gzip budget), and its
 * one-listener-per-type registration spreads sender checks over many handlers. Here every message is
 * an envelope `{lede: 1, type, data}`; the worker has ONE listener that checks the sender and the
 * payload shape before a handler sees it (src/background/router.ts). Answers are `{ok: true, value}`
 * or `{ok: false, error}` so failures cross the boundary as text on both browsers.
 *
 * Listeners answer with `sendResponse` + `return true` (works in Chrome and Firefox without the
 * polyfill); senders get a promise from runtime.sendMessage (both browsers, MV3).
 * The worker never messages the content script: what it needs in a page (serializer, overlay open /
 * close) it injects with scripting.executeScript, so the content script carries no listener at all.
 */
import type { Article, Detection, Glance, KeyFact } from '../core/types';
import { ext } from './browser-api';

/** A serialized page: what extension pages parse (with DOMParser) instead of the live page. */
export interface PageSnapshot {
  /** The page's URL (document.URL). */
  url: string;
  /** document.documentElement.outerHTML, without Lede's own overlay element. */
  html: string;
  /** document.title. */
  title: string;
  /** The lang attribute of <html>, '' when absent. */
  lang: string;
  /** document.contentType, e.g. 'text/html'. */
  contentType: string;
  /** Characters cut from text nodes longer than MAX_TEXT_NODE_CHARS (absent when none were). */
  cutChars?: number;
  /** The live page's state when it was serialized (absent from snapshots of older builds and tests). */
  fingerprint?: PageFingerprint;
}

/**
 * A cheap identity of one state of a page, read in the page without serializing it
 * (src/shared/serialize-page.ts): a reload or another document changes `timeOrigin`, an in-page
 * route change `url` or `title`, an edit of the page's content its element count, text length or
 * text hash. Two equal fingerprints mean a read of the first state still stands for the second.
 */
export interface PageFingerprint {
  url: string;
  /** performance.timeOrigin: new for every document loaded in the tab. */
  timeOrigin: number;
  title: string;
  /** Elements under <body> (Lede's overlay host sits outside it). */
  elements: number;
  /** Length of <body>'s textContent. */
  textChars: number;
  /** 32-bit FNV-1a hash of <body>'s textContent (an edit that keeps the length). */
  textHash: number;
}

/**
 * A page one view has already read (the popup), handed to another (the reader tab, the overlay) so
 * it is not serialized, parsed and read again. `result.article.contentHtml` is still the page's
 * untrusted HTML: the receiving view sanitizes it when it renders it, like any other article.
 */
export interface ReadPage {
  url: string;
  result: { detection: Detection; article: Article; keyFacts: KeyFact[]; glance: Glance | null; view: 'article' };
  /** PageSnapshot.cutChars of the snapshot it was read from. */
  cutChars?: number;
}

/** What a view gets to show: a snapshot to read, or a page another view already read. */
export type PageLoad = SnapshotResult | { ok: true; read: ReadPage };

/** Why no snapshot: a page the browser forbids, no permission, over the size cap, anything else. */
export type SnapshotFailureReason = 'restricted' | 'no-access' | 'too-large' | 'error';

export type SnapshotResult =
  | { ok: true; snapshot: PageSnapshot }
  | { ok: false; reason: SnapshotFailureReason; message: string };

/** What the worker remembers about a tab (storage.session, survives worker restarts). */
export interface TabDetection {
  url: string;
  detection: Detection;
  /** Date.now() when reported. */
  at: number;
  /** Whether automatic mode applied to this page when last decided (the overlay opens when this turns true). */
  autoOpen: boolean;
}

/** Settings as they apply to the sender's tab (its host). */
export interface TabSettings {
  /** Open the reader by itself on articles here (site 'always', or global auto mode and not site 'never'). */
  autoOpen: boolean;
}

/** Messages handled by the worker. `from` says which senders may send it. */
export interface WorkerProtocol {
  /**
   * Content script → worker: detection result for the sender's tab (after load and after in-page
   * navigation). The worker records it, updates the toolbar button, and in automatic mode injects the
   * overlay (src/content/overlay-main.ts). Answers the tab's effective settings.
   */
  pageDetected: { from: 'content'; request: { url: string; detection: Detection }; response: TabSettings };
  /** UI → worker: snapshot of tab `tabId` (serializer injected with scripting.executeScript: host access or activeTab). */
  getSnapshot: { from: 'ui'; request: { tabId: number }; response: SnapshotResult };
  /**
   * Popup → worker: the page of tab `tabId` to show: the popup's kept read of it (keepRead) when the
   * page is still in the state it was read in (the popup opened again on the same page), else a snapshot.
   */
  getPage: { from: 'ui'; request: { tabId: number }; response: PageLoad };
  /** Overlay frame → worker: the page of the tab the frame is in (sender.tab): the popup's kept read when still current, else a snapshot. */
  getSnapshotForSender: { from: 'ui'; request: Record<string, never>; response: PageLoad };
  /** UI → worker: last detection reported for tab `tabId`, or null. */
  getDetection: { from: 'ui'; request: { tabId: number }; response: TabDetection | null };
  /**
   * UI → worker: store tab `tabId`'s page for handoff and open reader.html?handoff=<token> next to it:
   * the page the popup kept (keepRead) when it is still what the tab shows, else a fresh snapshot.
   */
  openReaderTab: { from: 'ui'; request: { tabId: number; listen?: boolean }; response: { ok: true; token: string } | { ok: false; reason: SnapshotFailureReason; message: string } };
  /** Reader tab → worker: the page handed over under `token` (reason 'error' when unknown or expired). */
  getHandoff: { from: 'ui'; request: { token: string }; response: PageLoad };
  /**
   * Popup → worker: the popup has read and shown tab `tabId`'s page (in the state `fingerprint`);
   * keep it for the reader tab and the overlay. One per tab, dropped when the tab navigates or closes.
   */
  keepRead: { from: 'ui'; request: { tabId: number; fingerprint: PageFingerprint; read: ReadPage }; response: { kept: boolean } };
  /** Overlay frame → worker: close the overlay in the frame's tab (Esc / exit button); the page is restored. */
  closeOverlay: { from: 'ui'; request: Record<string, never>; response: { closed: boolean } };
}

export type WorkerMessageType = keyof WorkerProtocol;

/** The wire envelope. */
export interface Envelope<T extends string = string> {
  lede: 1;
  type: T;
  data: unknown;
}

/** The wire answer. */
export type Reply<V> = { ok: true; value: V } | { ok: false; error: string };

/** Largest serialized page we carry (UTF-16 code units ≈ bytes for ASCII). Bigger → 'too-large'. */
export const MAX_SNAPSHOT_CHARS = 12_000_000;

/**
 * Longest single text node carried (≈ 15,000 words): longer ones are cut (serialize-page.ts). A page
 * that is one 5 MB paragraph took 2.6 s and more to show, mostly laying out and reading that one node.
 */
export const MAX_TEXT_NODE_CHARS = 100_000;

export function isEnvelope(message: unknown): message is Envelope {
  if (typeof message !== 'object' || message === null) return false;
  const record = message as Record<string, unknown>;
  return record.lede === 1 && typeof record.type === 'string' && 'data' in record;
}

function unwrap<V>(reply: unknown): V {
  if (typeof reply !== 'object' || reply === null || typeof (reply as { ok?: unknown }).ok !== 'boolean') {
    throw new Error('Lede: no answer');
  }
  const typed = reply as Reply<V>;
  if (!typed.ok) throw new Error(typed.error);
  return typed.value;
}

/** Sends `type` to the worker and resolves with its answer; rejects with the worker's error text. */
export async function sendToWorker<K extends WorkerMessageType>(
  type: K,
  data: WorkerProtocol[K]['request'],
): Promise<WorkerProtocol[K]['response']> {
  const envelope: Envelope<K> = { lede: 1, type, data };
  return unwrap(await ext().runtime.sendMessage(envelope));
}

/**
 * Sends `type` to the worker for callers that never read the answer (the content script's page
 * report): no answer check, so the script injected into every page does not carry one.
 */
export async function notifyWorker<K extends WorkerMessageType>(type: K, data: WorkerProtocol[K]['request']): Promise<void> {
  const envelope: Envelope<K> = { lede: 1, type, data };
  await ext().runtime.sendMessage(envelope);
}

/**
 * Adapts an async handler to a runtime.onMessage listener: answers through sendResponse (so it works
 * without the polyfill) and turns thrown errors into `{ok: false, error}`. `handle` returns undefined
 * for messages it does not take, and the listener then stays silent so other listeners may answer.
 */
export function replyingListener(
  handle: (message: unknown, sender: MessageSenderLike) => Promise<unknown> | undefined,
): (message: unknown, sender: MessageSenderLike, sendResponse: (reply: Reply<unknown>) => void) => true | undefined {
  return (message, sender, sendResponse) => {
    let pending: Promise<unknown> | undefined;
    try {
      pending = handle(message, sender);
    } catch (error) {
      sendResponse({ ok: false, error: errorText(error) });
      return undefined;
    }
    if (!pending) return undefined;
    pending.then(
      (value) => sendResponse({ ok: true, value }),
      (error: unknown) => sendResponse({ ok: false, error: errorText(error) }),
    );
    return true;
  };
}

/** The parts of runtime.MessageSender we read (both browsers). */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number; url?: string; windowId?: number; index?: number };
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
