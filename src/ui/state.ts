/**
 * View states (issue 3 §7: body[data-state] is part of the test contract) and the pure decisions
 * that lead to them, so they can be tested without a browser.
 */
import type { MessageKey } from './i18n';
import type { ReadResultLike } from './view-model';

export type ViewState = 'loading' | 'ready' | 'no-article' | 'restricted' | 'error';

/** What a state panel says: a heading, an explanation and, for errors, a reason. */
export interface StateInfo {
  state: ViewState;
  /** Message key of the explanation or reason (restricted/error). */
  reasonKey?: MessageKey;
  /** Free text detail (e.g. an exception message), shown after the reason. */
  detail?: string;
}

export type SnapshotFailureReason = 'restricted' | 'no-access' | 'too-large' | 'error' | (string & {});

/** The state for a snapshot that could not be taken. */
export function stateForSnapshotFailure(reason: SnapshotFailureReason, url?: string | null, message?: string): StateInfo {
  // The worker's failure carries no URL, but its message names file access (snapshot-service.ts).
  const isFile = (typeof url === 'string' && url.startsWith('file:')) || /\bfile (URL|access)|local files/i.test(message ?? '');
  switch (reason) {
    case 'restricted':
      return { state: 'restricted', reasonKey: isFile ? 'stateRestrictedFile' : 'stateRestrictedBody' };
    case 'no-access':
      return isFile
        ? { state: 'restricted', reasonKey: 'stateRestrictedFile' }
        : { state: 'error', reasonKey: 'errorNoAccess' };
    case 'too-large':
      return { state: 'error', reasonKey: 'errorTooLarge' };
    case 'no-tab':
      return { state: 'error', reasonKey: 'errorNoTab' };
    case 'timeout':
      return { state: 'error', reasonKey: 'errorTimeout' };
    default:
      return { state: 'error', reasonKey: 'errorUnknown', detail: message || undefined };
  }
}

/** True for documents that may be articles: HTML and XHTML (an empty type counts as HTML). */
export function isHtml(contentType: string | null | undefined): boolean {
  return !contentType || /^\s*(text\/html|application\/xhtml\+xml)\b/i.test(contentType);
}

/** The result for a document that is not HTML: nothing detected, nothing extracted (yet). */
export function notAnArticle(contentType: string): ReadResultLike {
  return {
    detection: { isArticle: false, kind: 'none', confidence: 1, reasons: [`content-type:${contentType.slice(0, 60)}`] },
    article: null, keyFacts: [], glance: null, view: 'no-article',
  };
}

/**
 * The state for a pipeline result. The pipeline's view (from the extracted body, not from
 * page-load detection) says "no article" → 'no-article' unless `force` ("show anyway");
 * nothing extracted → 'error' with the reason.
 */
export function stateForResult(result: ReadResultLike, force: boolean): StateInfo {
  const view = result.view ?? (result.detection.isArticle ? 'article' : 'no-article');
  if (view !== 'article' && !force) return { state: 'no-article' };
  if (!result.article || !result.article.contentHtml.trim()) return { state: 'error', reasonKey: 'errorNoText' };
  return { state: 'ready' };
}

/** The state for an exception thrown while reading (budget exceeded, parser failure…). */
export function stateForException(error: unknown): StateInfo {
  const name = error instanceof Error ? error.name : '';
  const message = error instanceof Error ? error.message : String(error);
  if (name === 'ExtractionBudgetError' || /budget/i.test(message)) return { state: 'error', reasonKey: 'errorBudget' };
  return { state: 'error', reasonKey: 'errorUnknown', detail: message.slice(0, 300) || undefined };
}

/** Sets body[data-state] (and aria-busy while loading). */
export function applyState(doc: Document, state: ViewState): void {
  doc.body.dataset.state = state;
  doc.body.setAttribute('aria-busy', state === 'loading' ? 'true' : 'false');
}
