/**
 * General cleanup on synthetic pages (written for these tests): lazy images, relative URLs,
 * captions as figure/figcaption, share prompts / "Advertisement" / "Read more" / related lists,
 * bylines and datelines; and the Korea Herald rule on a synthetic article page built from the
 * seed text (no saved Korea Herald article page exists).
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { CORPUS_DIR, corpusPageDocument, corpusPages, norm, parseHtml } from '../../helpers/corpus';

const here = path.dirname(fileURLToPath(import.meta.url));
const PROSE = (n: number): string => `Sentence number ${n} of the story describes what happened in the town, who said what, and why it matters to readers.`;

const GENERIC = `<!DOCTYPE html><html lang="en"><head><title>Town council approves new bridge | Daily Example</title>
<meta property="og:site_name" content="Daily Example">
<link rel="canonical" href="/news/2024/bridge">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Town council approves new bridge","author":{"@type":"Person","name":"Jane Doe"},"datePublished":"2024-03-06T10:00:00-05:00"}</script>
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<main><article>
<h1>Town council approves new bridge</h1>
<p class="byline">By Jane Doe</p>
<p>March 6, 2024</p>
<figure><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" data-src="/img/bridge.jpg" alt="The old bridge"><figcaption>The old bridge over the river. (Photo: Daily Example)</figcaption></figure>
<p>${PROSE(1)} <a href="/about/council">The council</a> met on Tuesday.</p>
<p>Share this article</p>
<p>${PROSE(2)}</p>
<div class="ad"><p>Advertisement</p></div>
<p>${PROSE(3)}</p>
<div class="photo"><noscript><img src="https://cdn.example.com/img/river.jpg" alt="River"></noscript><img class="lazy" src="/spacer.gif" alt="River"><p class="img_caption">The river at dawn.</p></div>
<p>${PROSE(4)}</p>
<p>Read more: Council budget vote delayed again</p>
<p>${PROSE(5)}</p>
<h3>Related</h3>
<ul><li><a href="/news/a">Council budget vote delayed again</a></li><li><a href="/news/b">River levels rise after storm</a></li><li><a href="/news/c">Mayor outlines plans</a></li></ul>
</article></main>
<footer>Copyright Daily Example. All rights reserved.</footer>
</body></html>`;

describe('general cleanup (synthetic generic page)', () => {
  const url = 'https://news.example.com/news/2024/bridge?utm=x';
  const article = extractArticle(parseHtml(GENERIC, url), url)!;

  it('keeps the body and drops share prompts, ads, "Read more", related lists, byline and date lines', () => {
    for (let i = 1; i <= 5; i++) expect(article.textContent).toContain(PROSE(i));
    for (const junk of ['Share this article', 'Advertisement', 'Read more', 'Related', 'Mayor outlines plans', 'By Jane Doe', 'March 6, 2024', 'All rights reserved', 'Home']) {
      expect(article.textContent, junk).not.toContain(junk);
    }
    expect(article.textContent.startsWith(PROSE(1))).toBe(true);
    expect(article.textContent.split('\n\n')).toHaveLength(5);
  });

  it('reads metadata from JSON-LD and the page', () => {
    expect(article.title).toBe('Town council approves new bridge');
    expect(article.byline).toBe('Jane Doe');
    expect(article.publishedTime).toBe('2024-03-06T10:00:00-05:00');
    expect(article.canonicalUrl).toBe('https://news.example.com/news/2024/bridge');
    expect(article.siteName).toBe('Daily Example');
    expect(article.lang).toBe('en');
  });

  it('resolves lazy images and noscript copies, and makes URLs absolute', () => {
    const doc = parseHtml(`<div>${article.contentHtml}</div>`, 'about:blank');
    const srcs = Array.from(doc.querySelectorAll('img')).map((img) => img.getAttribute('src'));
    expect(srcs).toContain('https://news.example.com/img/bridge.jpg');
    expect(srcs).toContain('https://cdn.example.com/img/river.jpg');
    expect(srcs.every((s) => s && /^https:\/\//.test(s))).toBe(true);
    const hrefs = Array.from(doc.querySelectorAll('a')).map((a) => a.getAttribute('href'));
    expect(hrefs).toContain('https://news.example.com/about/council');
    expect(article.leadImage).toEqual({ src: 'https://news.example.com/img/bridge.jpg', caption: 'The old bridge over the river. (Photo: Daily Example)' });
  });

  it('keeps captions as figure/figcaption, outside textContent', () => {
    const doc = parseHtml(`<div>${article.contentHtml}</div>`, 'about:blank');
    const captions = Array.from(doc.querySelectorAll('figure figcaption')).map((c) => norm(c.textContent));
    expect(captions).toContain('The old bridge over the river. (Photo: Daily Example)');
    expect(captions).toContain('The river at dawn.');
    expect(article.textContent).not.toContain('The river at dawn.');
  });
});

describe('Korea Herald (synthetic article page from the seed text)', () => {
  const seed = fs.readFileSync(path.join(CORPUS_DIR, 'seed-article.txt'), 'utf8').split('\n').filter((l) => l.trim());
  const url = 'https://www.koreaherald.com/view.php?ud=20240306000600';
  const doc = parseHtml(fs.readFileSync(path.join(here, 'fixtures/koreaherald-synthetic.html'), 'utf8'), url);
  const article = extractArticle(doc, url)!;

  it('keeps the body paragraphs, from the first to the last', () => {
    const body = seed.slice(4, seed.indexOf('MOST POPULAR'));
    expect(article.textContent.split('\n\n').map(norm)).toEqual(body.map(norm));
  });

  it('drops Back To Top, the caption printed twice, MOST POPULAR, LATEST NEWS, subscribe', () => {
    for (const junk of ['Back To Top', 'MOST POPULAR', 'LATEST NEWS', 'subscribe', '지나쌤', 'talks over the phone in this photo']) {
      expect(article.textContent, junk).not.toContain(junk);
    }
    expect(article.leadImage?.caption).toBe(seed[2]);
  });

  it('reads title, byline and date from the page', () => {
    expect(article.title).toBe(seed[1]);
    expect(article.byline).toBe('Yonhap');
    expect(article.publishedTime).toBe('2024-03-06T15:10:00+09:00');
  });
});

describe('lazy images on a real page', () => {
  it('MBN uses data-src with a white placeholder; the extracted image is the real one', () => {
    const page = corpusPages().find((p) => p.file === 'mbn-2.html')!;
    const article = extractArticle(corpusPageDocument(page), page.url)!;
    expect(article.contentHtml).toMatch(/<img src="https?:\/\/img\.mbn\.co\.kr\/filewww\/news\/other\/2023\/04\/04\/244242044040\.jpg"/);
    expect(article.contentHtml).not.toContain('white.PNG');
  });
});
