// @vitest-environment jsdom
/**
 * From hostile page to rendered reading view, in one go: the real pipeline's Article (with every
 * vector planted everywhere) rendered by the extension's own view code with the one sanitizer.
 * Nothing in the view may carry a handler, load a document or run script; metadata is text.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeArticleFragment } from '../../../src/core/sanitize';
import { setMessageSource } from '../../../src/ui/i18n';
import { renderArticleView } from '../../../src/ui/view';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';
import { HOSTILE_ARTICLE, HOSTILE_VECTORS, hostilePage } from '../../fixtures/hostile';
import { documentFor, runPipeline } from './pipeline';

setMessageSource((key) => key);

describe('hostile page → pipeline → reading view', () => {
  it('renders an inert view whose metadata is text', () => {
    const page = documentFor(hostilePage([...HOSTILE_VECTORS]), 'text/html; charset=utf-8', HOSTILE_ARTICLE.url);
    const result = runPipeline(page, HOSTILE_ARTICLE.url, { maxMs: 60_000 });
    const article = result.article!;
    const view = renderArticleView(document, { ...result, article }, { locale: 'en-US', sanitize: (html, doc) => sanitizeArticleFragment(html, doc) });
    document.body.replaceChildren(view);

    const body = view.querySelector('[data-role="article"]')!;
    expect(findUnsafeMarkup(body)).toEqual([]);
    expect(body.textContent).toContain(HOSTILE_ARTICLE.firstSentence);
    // The whole view: the UI's own controls are buttons; nothing else from the problem list may appear.
    const problems = findUnsafeMarkup(view).filter((p) => p !== 'forbidden element <button>');
    expect(problems).toEqual([]);
    expect(view.querySelectorAll('img:not([data-role="article"] img)').length).toBeLessThanOrEqual(1);
    expect(view.querySelector('.lede-title')?.textContent).toBe(article.title);
  }, 120_000);
});
