import { describe, expect, it } from 'vitest';
import { isHtml, notAnArticle, stateForException, stateForResult, stateForSnapshotFailure } from '../../src/ui/state';
import type { ReadResultLike } from '../../src/ui/view-model';

const detection = (isArticle: boolean) => ({ isArticle, kind: isArticle ? 'news' as const : 'none' as const, confidence: 0.9, reasons: [] });
const article = { url: 'https://en.yna.co.kr/view/AEN1', title: 'T', byline: null, siteName: null, publishedTime: null, modifiedTime: null, lang: 'en', excerpt: null, leadImage: null, canonicalUrl: null, contentHtml: '<p>Body</p>', textContent: 'Body', readingMinutes: 1 };
const result = (isArticle: boolean, withArticle: boolean): ReadResultLike => ({ detection: detection(isArticle), article: withArticle ? article : null, keyFacts: [], glance: null });

describe('state decisions', () => {
  it('article → ready; not an article → no-article until forced; nothing extracted → error', () => {
    expect(stateForResult(result(true, true), false)).toEqual({ state: 'ready' });
    expect(stateForResult(result(false, true), false)).toEqual({ state: 'no-article' });
    expect(stateForResult(result(false, true), true)).toEqual({ state: 'ready' });
    expect(stateForResult(result(false, false), true)).toEqual({ state: 'error', reasonKey: 'errorNoText' });
    expect(stateForResult(result(true, false), false)).toEqual({ state: 'error', reasonKey: 'errorNoText' });
    expect(stateForResult({ ...result(true, true), article: { ...article, contentHtml: '  ' } }, false).state).toBe('error');
  });

  it('the pipeline\'s view decides, not page-load detection: a click always reads', () => {
    expect(stateForResult({ ...result(false, true), view: 'article' }, false)).toEqual({ state: 'ready' });
    expect(stateForResult({ ...result(true, true), view: 'no-article' }, false)).toEqual({ state: 'no-article' });
    expect(stateForResult({ ...result(true, true), view: 'no-article' }, true)).toEqual({ state: 'ready' });
  });

  it('snapshot failures: restricted pages explain, file URLs say how to allow them, the rest are errors with a reason', () => {
    expect(stateForSnapshotFailure('restricted', null, 'Browser pages cannot be read by extensions.')).toEqual({ state: 'restricted', reasonKey: 'stateRestrictedBody' });
    expect(stateForSnapshotFailure('restricted', null, 'Allow access to file URLs for Lede in the browser’s extension settings to read local files.'))
      .toEqual({ state: 'restricted', reasonKey: 'stateRestrictedFile' });
    expect(stateForSnapshotFailure('no-access', 'file:///home/a.html')).toEqual({ state: 'restricted', reasonKey: 'stateRestrictedFile' });
    expect(stateForSnapshotFailure('no-access', 'https://example.com/')).toEqual({ state: 'error', reasonKey: 'errorNoAccess' });
    expect(stateForSnapshotFailure('too-large')).toEqual({ state: 'error', reasonKey: 'errorTooLarge' });
    expect(stateForSnapshotFailure('timeout')).toEqual({ state: 'error', reasonKey: 'errorTimeout' });
    expect(stateForSnapshotFailure('error', null, 'Frame was removed')).toEqual({ state: 'error', reasonKey: 'errorUnknown', detail: 'Frame was removed' });
  });

  it('exceptions: the extraction budget has its own reason, others keep their message', () => {
    const budget = Object.assign(new Error('Extraction stopped after 5000 ms'), { name: 'ExtractionBudgetError' });
    expect(stateForException(budget)).toEqual({ state: 'error', reasonKey: 'errorBudget' });
    expect(stateForException(new TypeError('x is undefined'))).toEqual({ state: 'error', reasonKey: 'errorUnknown', detail: 'x is undefined' });
    expect(stateForException('weird').detail).toBe('weird');
  });

  it('documents that are not HTML are not articles (until "show anyway")', () => {
    for (const type of ['text/html', 'text/html; charset=utf-8', 'application/xhtml+xml', '', undefined]) expect(isHtml(type), String(type)).toBe(true);
    for (const type of ['text/plain', 'application/json', 'application/rss+xml', 'text/xml', 'image/svg+xml']) expect(isHtml(type), type).toBe(false);
    const result = notAnArticle('application/json');
    expect(stateForResult(result, false)).toEqual({ state: 'no-article' });
    expect(result.detection.reasons).toEqual(['content-type:application/json']);
  });
});
