/**
 * Shape and sender checks for every message the worker receives (issue 4 §3). Hand-written guards:
 * the protocol is small, and a schema library would cost more than it saves.
 */
import type { Detection } from '../core/types';
import type { MessageSenderLike, PageSnapshot, SnapshotResult, WorkerMessageType, WorkerProtocol } from '../shared/messages';

export type SenderKind = 'content' | 'ui';

/** Who may send what: content-script messages only from tabs, UI messages only from our own pages. */
export const MESSAGE_ORIGIN: { readonly [K in WorkerMessageType]: WorkerProtocol[K]['from'] } = {
  pageDetected: 'content',
  getSnapshot: 'ui',
  getSnapshotForSender: 'ui',
  getDetection: 'ui',
  openReaderTab: 'ui',
  getHandoff: 'ui',
  closeOverlay: 'ui',
};

/**
 * 'ui' for our extension pages (sender.url under runtime.getURL('')), 'content' for our content script
 * in a tab's top frame, null for anything else (other extensions, unknown contexts, subframes).
 */
export function classifySender(sender: MessageSenderLike, extensionId: string, extensionBase: string): SenderKind | null {
  if (sender.id !== extensionId) return null;
  const url = typeof sender.url === 'string' ? sender.url : '';
  if (url.startsWith(extensionBase)) return 'ui';
  if (url === '' || /^(?:chrome|moz|safari-web)-extension:/i.test(url)) return null;
  const tabId = sender.tab?.id;
  if (typeof tabId !== 'number' || tabId < 0) return null;
  if (sender.frameId !== undefined && sender.frameId !== 0) return null;
  return 'content';
}

type Guard<T> = (value: unknown) => value is T;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isEmptyRecord(value: unknown): value is Record<string, never> {
  return isRecord(value) && Object.keys(value).length === 0;
}

function isTabId(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < 2 ** 31;
}

function isShortString(value: unknown, max: number): value is string {
  return typeof value === 'string' && value.length <= max;
}

const DETECTION_KINDS = new Set(['news', 'article', 'none']);

export function isDetection(value: unknown): value is Detection {
  if (!isRecord(value)) return false;
  const { isArticle, kind, confidence, site, reasons } = value;
  return (
    typeof isArticle === 'boolean' &&
    typeof kind === 'string' && DETECTION_KINDS.has(kind) &&
    typeof confidence === 'number' && confidence >= 0 && confidence <= 1 &&
    (site === undefined || isShortString(site, 100)) &&
    Array.isArray(reasons) && reasons.length <= 64 && reasons.every((reason) => isShortString(reason, 300))
  );
}

export function isPageSnapshot(value: unknown): value is PageSnapshot {
  if (!isRecord(value)) return false;
  return (
    isShortString(value.url, 100_000) && typeof value.html === 'string' && isShortString(value.title, 100_000) &&
    isShortString(value.lang, 100) && isShortString(value.contentType, 200) &&
    (value.cutChars === undefined || (typeof value.cutChars === 'number' && Number.isSafeInteger(value.cutChars) && value.cutChars > 0))
  );
}

const FAILURE_REASONS = new Set(['restricted', 'no-access', 'too-large', 'error']);

export function isSnapshotResult(value: unknown): value is SnapshotResult {
  if (!isRecord(value)) return false;
  if (value.ok === true) return isPageSnapshot(value.snapshot);
  return value.ok === false && typeof value.reason === 'string' && FAILURE_REASONS.has(value.reason) && isShortString(value.message, 10_000);
}

/** Payload guards, one per message type. */
export const REQUEST_GUARDS: { readonly [K in WorkerMessageType]: Guard<WorkerProtocol[K]['request']> } = {
  pageDetected: (value): value is WorkerProtocol['pageDetected']['request'] =>
    isRecord(value) && isShortString(value.url, 100_000) && isDetection(value.detection) && Object.keys(value).length === 2,
  getSnapshot: (value): value is { tabId: number } => isRecord(value) && isTabId(value.tabId) && Object.keys(value).length === 1,
  getSnapshotForSender: isEmptyRecord,
  getDetection: (value): value is { tabId: number } => isRecord(value) && isTabId(value.tabId) && Object.keys(value).length === 1,
  openReaderTab: (value): value is { tabId: number; listen?: boolean } => isRecord(value) && isTabId(value.tabId)
    && (value.listen === undefined || typeof value.listen === 'boolean')
    && Object.keys(value).every((key) => key === 'tabId' || key === 'listen'),
  getHandoff: (value): value is { token: string } =>
    isRecord(value) && typeof value.token === 'string' && /^[0-9a-f-]{36}$/.test(value.token) && Object.keys(value).length === 1,
  closeOverlay: isEmptyRecord,
};

export function isWorkerMessageType(type: string): type is WorkerMessageType {
  return Object.prototype.hasOwnProperty.call(MESSAGE_ORIGIN, type);
}
