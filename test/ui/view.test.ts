// @vitest-environment jsdom
/**
 * Hostile metadata (issue 4 §1): title, byline, site name, caption, key facts and glance entries are
 * page-controlled strings and must arrive as text, never as markup. Only the sanitized body is HTML.
 */
import { describe, expect, it } from 'vitest';
import { sanitizeArticleFragment } from '../../src/core/sanitize';
import type { Article } from '../../src/core/types';
import { setMessageSource } from '../../src/ui/i18n';
import { renderArticleView } from '../../src/ui/view';

setMessageSource((key, subs) => (subs?.length ? `${key}:${subs.join('|')}` : key));

const ATTACK = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script><svg onload="window.__pwned=3"></svg>';

function hostileArticle(): Article {
  return {
    url: 'https://www.koreaherald.com/view.php?ud=20230419000123',
    title: `Title ${ATTACK}`,
    byline: `By <a href="javascript:alert(1)">Kim</a>${ATTACK}`,
    siteName: `<b>Herald</b>${ATTACK}`,
    publishedTime: '2023-04-19T09:00:00+09:00<img src=x onerror=alert(1)>',
    modifiedTime: '"><script>alert(1)</script>',
    lang: 'en" onmouseover="alert(1)',
    excerpt: ATTACK,
    leadImage: { src: 'javascript:alert(1)', caption: ATTACK },
    canonicalUrl: 'javascript:alert(1)',
    contentHtml: `<p>Safe paragraph one.</p>${ATTACK}<p><a href="javascript:alert(1)">link</a> and <a href="https://example.com/a">ok</a>.</p><iframe srcdoc="<script>alert(1)</script>"></iframe>`,
    textContent: 'Safe paragraph one. link and ok.',
    readingMinutes: 1,
  };
}

describe('renderArticleView with hostile metadata', () => {
  const article = hostileArticle();
  const view = renderArticleView(document, {
    detection: { isArticle: true, kind: 'news', confidence: 1, reasons: [] },
    article,
    keyFacts: [{ text: `Fact ${ATTACK}`, sentenceIndex: 0 }, { text: 'Safe paragraph one.', sentenceIndex: 1 }],
    glance: {
      people: [ATTACK], organizations: ['<b>Org</b>'], places: [], dates: [{ text: ATTACK, date: '"><x>' }],
      numbers: [{ text: '<i>5</i>', value: 5, unit: null }], quotes: [{ text: ATTACK, speaker: '<script>x</script>' }],
    },
  }, { locale: 'en-US', sanitize: (html, doc) => sanitizeArticleFragment(html, doc) });
  document.body.replaceChildren(view);

  it('creates no element from metadata: no script, svg, iframe, image outside the sanitized body', () => {
    expect(view.querySelectorAll('script, svg, iframe, object, embed, form, base, meta, style').length).toBe(0);
    const outsideBody = [...view.querySelectorAll('*')].filter((el) => !el.closest('[data-role="article"]'));
    for (const el of outsideBody) {
      expect(['ARTICLE', 'HEADER', 'P', 'SPAN', 'H1', 'H2', 'A', 'TIME', 'SECTION', 'DIV', 'OL', 'UL', 'LI', 'BUTTON', 'DL', 'DT', 'DD', 'Q'], el.tagName).toContain(el.tagName);
      for (const attr of el.getAttributeNames()) expect(attr, el.outerHTML.slice(0, 80)).not.toMatch(/^on/);
    }
  });

  it('shows the hostile strings literally, as text', () => {
    expect(view.querySelector('.lede-title')?.textContent).toBe(`Title ${ATTACK}`);
    expect(view.querySelector('.lede-byline')?.textContent).toBe(article.byline);
    expect(view.querySelector('.lede-site')?.textContent).toBe(article.siteName);
    expect(view.querySelector('[data-role="key-fact"]')?.textContent).toBe(`Fact ${ATTACK}`);
    expect(view.querySelector('.lede-chip')?.textContent).toBe(ATTACK);
    expect(view.querySelector('.lede-quote q')?.textContent).toBe(ATTACK);
  });

  it('drops unsafe URLs and unparsable dates instead of rendering them', () => {
    expect(view.querySelector('.lede-lead-image')).toBeNull(); // javascript: lead image
    const original = view.querySelector<HTMLAnchorElement>('.lede-original');
    expect(original?.getAttribute('href')).toBe(article.url); // canonical was javascript:, page URL used
    expect(view.querySelector('.lede-published')).toBeNull();
    expect(view.querySelector('.lede-updated')).toBeNull();
    for (const link of view.querySelectorAll('a')) {
      expect(link.getAttribute('href') ?? '').not.toMatch(/^\s*javascript:/i);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
  });

  it('puts the body in data-role="article" with the article language, sanitized', () => {
    const body = view.querySelector<HTMLElement>('[data-role="article"]')!;
    expect(body.hasAttribute('lang')).toBe(false); // not a language tag: left out
    expect(body.getAttribute('dir')).toBe('auto');
    expect(body.querySelectorAll('img, script, svg, iframe').length).toBe(0);
    expect(body.textContent).toContain('Safe paragraph one.');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('keeps a safe lead image with its caption as text', () => {
    const safe = { ...hostileArticle(), leadImage: { src: 'https://img.example.com/lead.jpg?w=800', caption: '<b>Caption</b>' }, contentHtml: '<p>x</p>' };
    const v = renderArticleView(document, { detection: { isArticle: true, kind: 'news', confidence: 1, reasons: [] }, article: safe, keyFacts: [], glance: null },
      { locale: 'en', sanitize: (html, doc) => sanitizeArticleFragment(html, doc) });
    const figure = v.querySelector('.lede-lead-image')!;
    expect(figure.querySelector('img')?.getAttribute('src')).toBe('https://img.example.com/lead.jpg?w=800');
    expect(figure.querySelector('img')?.getAttribute('referrerpolicy')).toBe('no-referrer');
    expect(figure.querySelector('figcaption')?.textContent).toBe('<b>Caption</b>');
    expect(figure.querySelector('b')).toBeNull();
    expect(v.querySelector('[data-role="key-facts"]')).toBeNull();
    expect(v.querySelector('.lede-key-facts-section')?.textContent).toContain('keyFactsEmpty');
  });
});
