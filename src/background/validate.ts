/**
 * Shape and sender checks for every message the worker receives (issue 4 §3). Hand-written guards:
 * the protocol is small, and a schema library would cost more than it saves.
 */
import type { Detection } from '../core/types';
import type { Article, Glance, KeyFact } from '../core/types';
import type { MessageSenderLike, PageFingerprint, PageSnapshot, ReadPage, SnapshotResult, WorkerMessageType, WorkerProtocol } from '../shared/messages';

export type SenderKind = 'content' | 'ui';

/** Who may send what: content-script messages only from tabs, UI messages only from our own pages. */
export const MESSAGE_ORIGIN: { readonly [K in WorkerMessageType]: WorkerProtocol[K]['from'] } = {
  pageDetected: 'content',
  getSnapshot: 'ui',
  getPage: 'ui',
  getSnapshotForSender: 'ui',
  getDetection: 'ui',
  openReaderTab: 'ui',
  getHandoff: 'ui',
  keepRead: 'ui',
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
    isCutChars(value.cutChars) && (value.fingerprint === undefined || isPageFingerprint(value.fingerprint))
  );
}

function isCutChars(value: unknown): value is number | undefined {
  return value === undefined || (typeof value === 'number' && Number.isSafeInteger(value) && value > 0);
}

function isCount(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

export function isPageFingerprint(value: unknown): value is PageFingerprint {
  return isRecord(value) && isShortString(value.url, 100_000) && typeof value.timeOrigin === 'number' && Number.isFinite(value.timeOrigin)
    && isShortString(value.title, 100_000) && isCount(value.elements) && isCount(value.textChars)
    && isCount(value.textHash) && value.textHash <= 0xffffffff;
}

const isNullableString = (value: unknown, max: number): value is string | null => value === null || isShortString(value, max);
const isStringList = (value: unknown): value is string[] => Array.isArray(value) && value.every((item) => isShortString(item, 10_000));

function isArticle(value: unknown): value is Article {
  if (!isRecord(value)) return false;
  const image = value.leadImage;
  return isShortString(value.url, 100_000) && isShortString(value.title, 100_000) && typeof value.contentHtml === 'string'
    && typeof value.textContent === 'string' && typeof value.readingMinutes === 'number'
    && (['byline', 'siteName', 'publishedTime', 'modifiedTime', 'lang', 'excerpt', 'canonicalUrl'] as const)
      .every((key) => isNullableString(value[key], 100_000))
    && (image === null || (isRecord(image) && isShortString(image.src, 100_000) && isNullableString(image.caption, 100_000)));
}

const isKeyFact = (value: unknown): value is KeyFact =>
  isRecord(value) && isShortString(value.text, 100_000) && isCount(value.sentenceIndex);

function isGlance(value: unknown): value is Glance {
  if (!isRecord(value)) return false;
  const { people, organizations, places, dates, numbers, quotes } = value;
  return isStringList(people) && isStringList(organizations) && isStringList(places)
    && Array.isArray(dates) && dates.every((d) => isRecord(d) && isShortString(d.text, 10_000) && isNullableString(d.date, 100))
    && Array.isArray(numbers) && numbers.every((n) => isRecord(n) && isShortString(n.text, 10_000)
      && (n.value === null || typeof n.value === 'number') && isNullableString(n.unit, 1_000))
    && Array.isArray(quotes) && quotes.every((q) => isRecord(q) && isShortString(q.text, 100_000) && isNullableString(q.speaker, 10_000));
}

/** A read page as the popup hands it on: an article to show (the only kind it keeps), with its facts and glance. */
export function isReadPage(value: unknown): value is ReadPage {
  if (!isRecord(value) || !isShortString(value.url, 100_000) || !isCutChars(value.cutChars) || !isRecord(value.result)) return false;
  const { detection, article, keyFacts, glance, view } = value.result;
  return view === 'article' && isDetection(detection) && isArticle(article)
    && Array.isArray(keyFacts) && keyFacts.length <= 100 && keyFacts.every(isKeyFact)
    && (glance === null || isGlance(glance));
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
  getPage: (value): value is { tabId: number } => isRecord(value) && isTabId(value.tabId) && Object.keys(value).length === 1,
  getSnapshotForSender: isEmptyRecord,
  getDetection: (value): value is { tabId: number } => isRecord(value) && isTabId(value.tabId) && Object.keys(value).length === 1,
  openReaderTab: (value): value is { tabId: number; listen?: boolean } => isRecord(value) && isTabId(value.tabId)
    && (value.listen === undefined || typeof value.listen === 'boolean')
    && Object.keys(value).every((key) => key === 'tabId' || key === 'listen'),
  getHandoff: (value): value is { token: string } =>
    isRecord(value) && typeof value.token === 'string' && /^[0-9a-f-]{36}$/.test(value.token) && Object.keys(value).length === 1,
  keepRead: (value): value is WorkerProtocol['keepRead']['request'] =>
    isRecord(value) && isTabId(value.tabId) && isPageFingerprint(value.fingerprint) && isReadPage(value.read)
    && Object.keys(value).length === 3,
  closeOverlay: isEmptyRecord,
};

export function isWorkerMessageType(type: string): type is WorkerMessageType {
  return Object.prototype.hasOwnProperty.call(MESSAGE_ORIGIN, type);
}
