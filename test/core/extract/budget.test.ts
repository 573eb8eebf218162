/**
 * Extraction never hangs: DOM clobbering is neutralised in the working copy, and pages beyond
 * the element/depth budget stop with ExtractionBudgetError instead of parsing for minutes.
 */
import { describe, expect, it } from 'vitest';
import { ExtractionBudgetError, extractArticle, extractPage } from '../../../src/core/extract';
import { assertWithinBudget, neutraliseClobbering } from '../../../src/core/extract/prepare';
import { parseHtml } from '../../helpers/corpus';

const BODY = Array.from({ length: 12 }, (_, i) => `<p>Paragraph ${i} of a real article, with enough words, commas, and sentences to be read as prose by Readability.</p>`).join('');

describe('DOM clobbering', () => {
  const clobbering = `<html><head><title>Clobbered</title></head><body><article><h1>Clobbered</h1>${BODY}
    <form id="f"><input name="parentNode"><input name="firstChild"><input name="attributes"><input name="children">
    <input name="nextSibling"><input name="tagName"><input name="getAttribute"><button id="childNodes">x</button></form>
    <img name="body" src="a.png"><img name="getElementsByTagName" src="b.png"><form name="documentElement"></form></article></body></html>`;

  it('renames every name/id that shadows a form or document property, and keeps the rest', () => {
    const doc = parseHtml(clobbering + '<input name="q">', 'https://example.com/a');
    const renamed = neutraliseClobbering(doc);
    expect(renamed).toBe(11);
    expect(doc.querySelector('[name="parentNode"]')).toBeNull();
    expect(doc.querySelector('[data-lede-name="parentNode"]')).not.toBeNull();
    expect(doc.querySelector('[data-lede-id="childNodes"]')).not.toBeNull();
    expect(doc.querySelector('[name="q"]')).not.toBeNull();
  });

  it('extracts a clobbering page and leaves the original document as it was', () => {
    const doc = parseHtml(clobbering, 'https://example.com/a');
    const before = doc.documentElement.outerHTML;
    const article = extractArticle(doc, 'https://example.com/a');
    expect(article?.textContent).toContain('Paragraph 11 of a real article');
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('the budget walk runs before clobbering is neutralised', () => {
  it('terminates on a form whose controls shadow the walk\'s own properties', () => {
    const doc = parseHtml(`<html><body><form><input name="nextElementSibling"><input name="parentElement"></form><p>After</p></body></html>`, 'https://example.com/e');
    // What a browser does with those names (jsdom has no form named properties): the form's own
    // nextElementSibling/parentElement/firstElementChild are its controls, so a property walk loops forever.
    const form = doc.querySelector('form')!;
    const [next, parent] = Array.from(form.querySelectorAll('input'));
    Object.defineProperty(form, 'nextElementSibling', { value: next });
    Object.defineProperty(form, 'parentElement', { value: parent });
    Object.defineProperty(form, 'firstElementChild', { value: form });
    Object.defineProperty(doc, 'createTreeWalker', { value: form }); // <form name="createTreeWalker">
    expect(() => assertWithinBudget(doc, 1_000, 400)).not.toThrow();
    expect(() => assertWithinBudget(doc, 1_000, 2)).toThrow(ExtractionBudgetError);
  });
});

describe('budget', () => {
  it('refuses 60,000 paragraphs with a clear ExtractionBudgetError', () => {
    const doc = parseHtml(`<html><body><article>${'<p>Short paragraph, with a comma.</p>'.repeat(60_000)}</article></body></html>`, 'https://example.com/b');
    let error: unknown;
    try { extractArticle(doc, 'https://example.com/b'); } catch (e) { error = e; }
    expect(error).toBeInstanceOf(ExtractionBudgetError);
    expect((error as ExtractionBudgetError).limit).toBe('elements');
    expect((error as Error).message).toMatch(/60,?0\d\d elements; the extraction budget is 40,?000/);
  });

  it('refuses 3,000-deep nesting without walking it recursively', () => {
    const doc = parseHtml(`<html><body>${'<div>'.repeat(3000)}<p>${'Deep words, here. '.repeat(50)}</p>${'</div>'.repeat(3000)}</body></html>`, 'https://example.com/c');
    expect(() => extractArticle(doc, 'https://example.com/c')).toThrow(ExtractionBudgetError);
    expect(() => extractArticle(doc, 'https://example.com/c')).toThrow(/nests elements more than 400 deep/);
  });

  it('honours a caller-set element budget and a spent time budget', () => {
    const doc = parseHtml(`<html><body><article>${BODY}</article></body></html>`, 'https://example.com/d');
    expect(() => extractArticle(doc, 'https://example.com/d', { maxElements: 10 })).toThrow(/budget is 10/);
    expect(() => extractArticle(doc, 'https://example.com/d', { maxMs: -1 })).toThrow(/Extraction stopped after/);
    expect(extractArticle(doc, 'https://example.com/d')?.textContent).toContain('Paragraph 0');
  });

  it('works on the given document when the caller marks it disposable', () => {
    const doc = parseHtml(`<html><body><article>${BODY}</article></body></html>`, 'https://example.com/e');
    expect(extractArticle(doc, 'https://example.com/e', { disposable: true })?.textContent).toContain('Paragraph 5');
  });
});

describe("Readability's time inside the extraction (the bench's split of Lede's time)", () => {
  it('is part of the extraction, and spent on a page Readability reads', () => {
    const doc = parseHtml(`<html><head><title>Timed</title></head><body><article><h1>Timed</h1>${BODY}</article></body></html>`, 'https://example.com/a');
    const started = performance.now();
    const { article, readabilityMs } = extractPage(doc, 'https://example.com/a');
    const elapsed = performance.now() - started;
    expect(article?.textContent).toContain('Paragraph 11');
    expect(readabilityMs).toBeGreaterThan(0);
    expect(readabilityMs).toBeLessThanOrEqual(elapsed);
  });
});

describe('empty and script-only pages', () => {
  it('returns null for an empty document and for a page whose body is only script data', () => {
    expect(extractArticle(parseHtml('', 'https://example.com/'), 'https://example.com/')).toBeNull();
    const scriptOnly = `<html><head><meta property="og:title" content="T"></head><body><div id="app"></div><script>window.__DATA__ = {"body": "${'Text of the article. '.repeat(100)}"}</script></body></html>`;
    expect(extractArticle(parseHtml(scriptOnly, 'https://example.com/x'), 'https://example.com/x')).toBeNull();
  });
});
