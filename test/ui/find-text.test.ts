// @vitest-environment jsdom
/**
 * The key-fact jump: every sentence of real extracted articles (English and Korean) is found in the
 * rendered, sanitized body and wrapped in <mark>s whose text is exactly that sentence.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../src/core/extract';
import { sanitizeArticleFragment } from '../../src/core/sanitize';
import { sentences } from '../../src/core/text';
import { findTextRange, normalizeForMatch } from '../../src/ui/find-text';
import { clearHighlights, highlightSentence } from '../../src/ui/highlight';
import { corpusPageDocument, corpusPages } from '../helpers/corpus';

function renderBody(html: string): HTMLElement {
  const body = document.createElement('div');
  body.append(sanitizeArticleFragment(html, document));
  document.body.replaceChildren(body);
  return body;
}

const markedText = (root: Element) => [...root.querySelectorAll('mark[data-lede-highlight]')].map((m) => m.textContent).join('');

describe.each(['yna-en-2.html', 'kbs-1.html', 'sbs-3.html'])('sentence finder on %s', (file) => {
  const page = corpusPages().find((p) => p.file === file)!;
  const article = extractArticle(corpusPageDocument(page), page.url)!;

  it('finds and highlights every sentence of the article text', () => {
    expect(article).not.toBeNull();
    const body = renderBody(article.contentHtml);
    const original = body.textContent;
    const all = sentences(article.textContent, article.lang).filter((s) => normalizeForMatch(s).length > 0);
    expect(all.length).toBeGreaterThan(3);
    const missed: string[] = [];
    for (const sentence of all) {
      const marks = highlightSentence(body, sentence);
      if (!marks.length) { missed.push(sentence); continue; }
      expect(normalizeForMatch(markedText(body))).toBe(normalizeForMatch(sentence));
    }
    expect(missed).toEqual([]);
    clearHighlights(body);
    // Unwrapping restores the text exactly.
    expect(body.textContent).toBe(original);
    expect(body.querySelector('mark')).toBeNull();
  });
});

describe('findTextRange', () => {
  it('matches across elements, line breaks, &nbsp; and curly quotes', () => {
    const body = renderBody('<p>President  Yoon said\n<em>“we will</em>&nbsp;act”   today.</p><p>Next one.</p>');
    const range = findTextRange(body, 'President Yoon said "we will act" today.');
    expect(range?.toString()).toBe('President  Yoon said\n“we will\u00a0act”   today.');
    const marks = highlightSentence(body, 'President Yoon said "we will act" today.');
    expect(marks.length).toBe(3); // split by <em>: before, inside, after
  });

  it('falls back to the opening words when the middle differs', () => {
    // As when the page's markup put words in the middle that the extracted text doesn't have.
    const text = 'The ministry said on Tuesday that the new rules on rental deposits would take effect in July after a final review by the cabinet.';
    const body = renderBody(`<p>${text.replace('in July', 'in <a href="https://example.com/">early</a> July')}</p>`);
    expect(findTextRange(body, text)?.toString()).toBe(text.replace('in July', 'in early July'));
    const marks = highlightSentence(body, text);
    expect(marks.length).toBe(3);
    expect(markedText(body).startsWith('The ministry said on Tuesday')).toBe(true);
    expect(markedText(body).endsWith('by the cabinet.')).toBe(true);
  });

  it('returns null for text that is not there', () => {
    const body = renderBody('<p>Only this.</p>');
    expect(findTextRange(body, 'Something else entirely')).toBeNull();
    expect(highlightSentence(body, 'Something else entirely')).toEqual([]);
  });
});

describe('chip search', () => {
  it('finds a name the page writes with soft hyphens ("Vladi\u00admir Putin", as wapo-2 does)', () => {
    const body = renderBody('<p>Prime Minister Benjamin Netanyahu met Vladi\u00admir Putin in Moscow.</p>');
    expect(findTextRange(body, 'Vladimir Putin')?.toString()).toBe('Vladi\u00admir Putin');
  });


  it('prefers a match that starts a word', () => {
    const body = renderBody('<p>지난 16일 발표에 이어 오는 6일 회의가 열린다. Kolee met Lee.</p>');
    expect(findTextRange(body, '6일')?.startContainer.textContent?.slice(0, findTextRange(body, '6일')!.startOffset)).toBe('지난 16일 발표에 이어 오는 ');
    const lee = findTextRange(body, 'Lee')!;
    expect(lee.startContainer.textContent!.slice(lee.startOffset - 4, lee.startOffset)).toBe('met ');
  });

  it('falls back to any occurrence when none starts a word', () => {
    const body = renderBody('<p>2016년</p>');
    expect(findTextRange(body, '16년')?.toString()).toBe('16년');
  });
});
