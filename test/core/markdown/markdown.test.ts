// @vitest-environment jsdom
/**
 * "Copy as Markdown": the converter on hand-made bodies (every element of the sanitizer's tag set,
 * hostile text and URLs) and on real corpus articles in English and Korean, through the same
 * pipeline and sanitizer as the reading view.
 */
import { describe, expect, it } from 'vitest';
import { articleToMarkdown, bodyToMarkdown, escapeLineStart, escapeText, markdownUrl } from '../../../src/core/markdown';
import { readArticle } from '../../../src/core/pipeline';
import { sanitizeArticleFragment } from '../../../src/core/sanitize';
import { corpusPageDocument, corpusPages, norm } from '../../helpers/corpus';

const md = (html: string): string => bodyToMarkdown(sanitizeArticleFragment(html, document));
/** Markdown back to the plain characters a renderer shows (for text comparisons only). */
const unescape = (markdown: string): string => markdown.replace(/\\([\\`*_[\]<>~#&|.)+=!-])/g, '$1');
/** Raw HTML a renderer would pass through: "<" followed by a tag-ish character, not backslash-escaped. */
const RAW_HTML = /(^|[^\\])<[A-Za-z/!?]/m;

const META = { title: 'T', url: 'https://example.com/a', siteName: 'Ex', byline: null, dates: [], keyFacts: [], labels: { source: 'Source', keyFacts: 'Key facts' } };

describe('escaping', () => {
  it('escapes inline syntax and line-start markers in text', () => {
    expect(escapeText('a *b* _c_ `d` [e](f) <g> ~h~ &amp; \\')).toBe('a \\*b\\* \\_c\\_ \\`d\\` \\[e\\](f) \\<g> \\~h\\~ \\&amp; \\\\');
    expect(escapeLineStart('# not a heading')).toBe('\\# not a heading');
    expect(escapeLineStart('- not a list')).toBe('\\- not a list');
    expect(escapeLineStart('> not a quote')).toBe('\\> not a quote');
    expect(escapeLineStart('2023. 4. 19. 발표')).toBe('2023\\. 4. 19. 발표');
    expect(escapeLineStart('1) one')).toBe('1\\) one');
    expect(escapeLineStart('===')).toBe('\\===');
    expect(escapeLineStart('-5도 한파')).toBe('-5도 한파');
    expect(escapeLineStart('    indented')).toBe('indented');
  });

  it('keeps only absolute http(s) URLs, encoding what would end the destination', () => {
    expect(markdownUrl('https://example.com/a b(c)')).toBe('https://example.com/a%20b%28c%29');
    expect(markdownUrl('javascript:alert(1)')).toBeNull();
    expect(markdownUrl('data:image/png;base64,AAAA')).toBeNull();
    expect(markdownUrl('mailto:a@example.com')).toBeNull();
    expect(markdownUrl('/relative')).toBeNull();
    expect(markdownUrl('')).toBeNull();
  });
});

describe('body conversion', () => {
  it('headings, paragraphs, emphasis, links, line breaks', () => {
    expect(md('<h2>Sub <em>head</em></h2><p>One <strong>bold</strong> and <i>it</i> <a href="https://x.example/p?q=1">link</a>.<br>Next line</p>'))
      .toBe('## Sub *head*\n\nOne **bold** and *it* [link](https://x.example/p?q=1).\\\nNext line');
    expect(md('<h1>Top</h1><h4>Deep</h4>')).toBe('## Top\n\n#### Deep');
    expect(md('<p><b> spaced </b>word</p>')).toBe('**spaced** word');
  });

  it('lists, nested lists and ordered starts', () => {
    expect(md('<ul><li>a</li><li>b<ul><li>c</li></ul></li></ul>')).toBe('- a\n- b\n  - c');
    expect(md('<ol start="3"><li>x</li><li><p>y</p><p>z</p></li></ol>')).toBe('3. x\n4. y\n\n   z');
  });

  it('quotes, code, rules, tables, definition lists, strikethrough', () => {
    expect(md('<blockquote><p>said</p><p>more</p></blockquote>')).toBe('> said\n>\n> more');
    expect(md('<p>use <code>a`b</code></p><pre>line 1\n```\nline 3</pre>')).toBe('use ``a`b``\n\n````\nline 1\n```\nline 3\n````');
    expect(md('<p>a</p><hr><p>b</p>')).toBe('a\n\n---\n\nb');
    expect(md('<table><tr><th>k</th><th>v</th></tr><tr><td>a|b</td><td>2</td></tr></table>')).toBe('| k | v |\n| --- | --- |\n| a\\|b | 2 |');
    expect(md('<dl><dt>Term</dt><dd>Def</dd></dl>')).toBe('**Term**\n\nDef');
    expect(md('<p><del>old</del> <q>new</q></p>')).toBe('~~old~~ “new”');
  });

  it('images keep their alt text; only http(s) sources; figure captions follow', () => {
    expect(md('<figure><img src="https://img.example/a.jpg" alt="A [cat]"><figcaption>Photo: Yonhap</figcaption></figure>'))
      .toBe('![A \\[cat\\]](https://img.example/a.jpg)\n\nPhoto: Yonhap');
    // A raster data: image is allowed by the sanitizer, but is no link target in Markdown: its alt text stays.
    expect(md('<p><img src="data:image/png;base64,iVBORw0KGgo=" alt="chart"></p>')).toBe('chart');
    expect(md('<p><a href="https://x.example/"><img src="https://img.example/b.png" alt="b"></a></p>'))
      .toBe('[![b](https://img.example/b.png)](https://x.example/)');
  });

  it('never emits raw HTML or unsafe links, whatever the page holds', () => {
    const hostile = '<p>&lt;script&gt;alert(1)&lt;/script&gt; <a href="javascript:alert(1)">click</a> &lt;img src=x onerror=alert(1)&gt;</p>'
      + '<p><a href="#user-content-note">note</a> &amp;copy; [x](javascript:alert(1))</p><script>alert(2)</script><style>p{}</style>';
    const out = md(hostile);
    expect(out).not.toMatch(RAW_HTML);
    expect(out).not.toMatch(/(^|[^\\])\]\((?!https?:)/); // every link destination is http(s)
    expect(out).toBe('\\<script>alert(1)\\</script> click \\<img src=x onerror=alert(1)>\n\nnote \\&copy; \\[x\\](javascript:alert(1))');
    // Unsanitized input too: elements that are not text are dropped with their content.
    const raw = document.createElement('div');
    raw.append(Object.assign(document.createElement('script'), { textContent: 'alert(3)' }), 'kept');
    expect(bodyToMarkdown(raw)).toBe('kept');
  });
});

describe('whole article', () => {
  it('title, source link, byline and dates, key facts, then the body', () => {
    const body = sanitizeArticleFragment('<p>Body *text*.</p>', document);
    const out = articleToMarkdown(body, {
      ...META, title: 'Title # with <b>', byline: 'By Kim', dates: ['Published Apr 19, 2023'],
      keyFacts: ['Fact one.', '1. Fact two'],
    });
    expect(out).toBe([
      '# Title \\# with \\<b>', '', 'Source: [Ex](https://example.com/a)', '', 'By Kim · Published Apr 19, 2023', '',
      '## Key facts', '', '- Fact one.', '- 1\\. Fact two', '', '---', '', 'Body \\*text\\*.', '',
    ].join('\n'));
  });

  it('an unsafe source URL is left out, the site name kept', () => {
    const out = articleToMarkdown(sanitizeArticleFragment('<p>x</p>', document), { ...META, url: 'javascript:alert(1)' });
    expect(out).toContain('Source: Ex\n');
    expect(out).not.toContain('javascript');
  });
});

describe('real corpus articles', () => {
  for (const file of ['yna-en-2.html', 'yna-en-5.html', 'kbs-1.html', 'yna-ko-1.html', 'mbc-1.html']) {
    const entry = corpusPages().find((p) => p.file === file)!;
    it(`${file} (${entry.lang}): title, source, key facts, first and last sentence; no raw HTML`, () => {
      const result = readArticle(corpusPageDocument(entry), entry.url, { force: true });
      const article = result.article!;
      expect(article).toBeTruthy();
      const body = document.createElement('div');
      body.append(sanitizeArticleFragment(article.contentHtml, document));
      const out = articleToMarkdown(body, {
        title: article.title, url: article.canonicalUrl ?? article.url, siteName: article.siteName, byline: article.byline,
        dates: article.publishedTime ? [`Published ${article.publishedTime}`] : [], keyFacts: result.keyFacts.map((f) => f.text),
        labels: { source: 'Source', keyFacts: 'Key facts' },
      });
      expect(out.startsWith(`# ${norm(article.title)}`) || unescape(out).startsWith(`# ${norm(article.title)}`)).toBe(true);
      expect(out).toMatch(/^Source: \[.+\]\(https?:\/\/[^)\s]+\)$/m);
      const plain = norm(unescape(out));
      for (const fact of result.keyFacts) expect(plain).toContain(`- ${norm(fact.text)}`);
      if (entry.isArticle && entry.firstSentence) {
        expect(plain).toContain(norm(entry.firstSentence));
        expect(plain).toContain(norm(entry.lastSentence));
      }
      expect(out).not.toMatch(RAW_HTML);
      for (const m of out.matchAll(/\]\(([^)]*)\)/g)) expect(m[1]).toMatch(/^https?:\/\//);
      // Every image of the body is there with its alt text.
      for (const img of body.querySelectorAll('img[src^="http"]')) expect(out).toContain(`](${markdownUrl(img.getAttribute('src'))})`);
    });
  }
});
