/**
 * Bodies carried only in script data (src/core/extract/script-data.ts): read when the markup has
 * none and the page says it is an article, never otherwise; bad data never breaks extraction.
 * The real pages (Chosun's Arc XP data, Hankook Ilbo's escaped HTML) are in corpus-pages.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/core/extract';
import { scriptDataBody } from '../../../src/core/extract/script-data';
import { parseHtml } from '../../helpers/corpus';

const URL = 'https://news.example.com/2025/03/04/story';
const PARAGRAPHS = [
  'The city council voted on Tuesday to close the old bridge to traffic after engineers found cracks in two of its supports.',
  'Repairs are expected to take eighteen months and cost about 40 million dollars, the council said in a statement.',
  'Residents of the east bank will be able to use a temporary ferry service that starts running next week.',
];
const bodyHtml = PARAGRAPHS.map((p) => `<p>${p}</p>`).join('');

function page(script: string, { ogType = 'article', markup = '<div id="app"></div>' } = {}): string {
  return `<html lang="en"><head><title>Bridge closes</title><meta property="og:title" content="Bridge closes">
    <meta property="og:type" content="${ogType}"></head><body>${markup}<script>${script}</script></body></html>`;
}
const extract = (html: string) => extractArticle(parseHtml(html, URL), URL);
const jsonString = (value: string): string => JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e');

describe('a body held only in script data', () => {
  it('is read from an HTML string in the page\'s state (escaped as JSON, with a renderer marker)', () => {
    const html = `<div class="ad">$$ARTICLEAD$$</div>${bodyHtml}`;
    const a = extract(page(`window.__STATE__ = {"article":{"id":7,"contentHtml":${jsonString(html)},"related":[]}};`));
    expect(a?.textContent.split('\n\n')).toEqual(PARAGRAPHS);
    expect(a?.title).toBe('Bridge closes');
  });

  it('takes the publication date given nearest the body in the same state, not a related story\'s', () => {
    const related = `{"id":8,"title":"Older story","publishedAt":"2024-01-01T08:00:00Z","summary":"${'x'.repeat(400)}"}`;
    const state = `window.__STATE__ = {"related":[${related}],"article":{"id":7,"contentHtml":${jsonString(bodyHtml)},"publishedAt":"2025-03-04T09:15:00+09:00"}};`;
    const a = extract(page(state));
    expect(a?.textContent.split('\n\n')).toEqual(PARAGRAPHS);
    expect(Date.parse(a!.publishedTime!)).toBe(Date.parse('2025-03-04T09:15:00+09:00'));
  });

  it('is read from a streamed payload where the HTML is escaped twice', () => {
    const payload = `0:["$","div",null,{"dangerouslySetInnerHTML":{"__html":${jsonString(bodyHtml)}}}]`;
    const a = extract(page(`self.__next_f.push([1,${JSON.stringify(payload)}]);`));
    expect(a?.textContent.split('\n\n')).toEqual(PARAGRAPHS);
  });

  it('is read from Arc XP\'s story elements, paragraphs and sub-heads in order, images and ads left out', () => {
    const story = {
      _id: 'X', headlines: { basic: 'Bridge closes' },
      credits: { by: [{ name: 'Kim, Min-ji', additional_properties: { original: { byline: 'Kim Min-ji' } } }] },
      first_publish_date: '2025-03-04T02:52:50.165Z', last_updated_date: '2025-03-04T07:45:16.098Z',
      content_elements: [
        { type: 'image', caption: 'The bridge on Monday. / City Hall', url: 'https://img.example.com/a.jpg' },
        { type: 'text', content: PARAGRAPHS[0] },
        { type: 'raw_html', content: '<div class="ad-slot">Advertisement</div>' },
        { type: 'header', level: 3, content: 'A ferry for now' },
        { type: 'text', content: PARAGRAPHS[1] },
        { type: 'text', content: PARAGRAPHS[2] },
      ],
    };
    const a = extract(page(`Fusion=window.Fusion||{};Fusion.globalContent=${JSON.stringify(story)};Fusion.globalContentConfig={"source":"story"};`));
    expect(a?.textContent.split('\n\n')).toEqual([PARAGRAPHS[0], 'A ferry for now', PARAGRAPHS[1], PARAGRAPHS[2]]);
    expect(a?.contentHtml).toContain('<h3>A ferry for now</h3>');
    expect(a?.textContent).not.toMatch(/City Hall|Advertisement/);
    // The page has no date or author in its markup: the story data's are used.
    expect(a?.byline).toBe('Kim Min-ji');
    expect(Date.parse(a!.publishedTime!)).toBe(Date.parse('2025-03-04T02:52:50.165Z') - 165);
    expect(Date.parse(a!.modifiedTime!)).toBe(Date.parse('2025-03-04T07:45:16Z'));
  });

  it('is not used when the page does not call itself an article (a script-rendered listing stays empty)', () => {
    expect(extract(page(`window.__STATE__ = {"contentHtml":${jsonString(bodyHtml)}};`, { ogType: 'website' }))).toBeNull();
  });

  it('is not used when the markup has a body: the page\'s own text is what a reader sees', () => {
    const markup = `<article><h1>Bridge closes</h1>${PARAGRAPHS.map((p) => `<p>${p} On the page.</p>`).join('')}</article>`;
    const other = '<p>Another story held in the page state, first paragraph of it.</p><p>Its second paragraph, long enough to count as text.</p>';
    const a = extract(page(`window.__STATE__ = {"contentHtml":${jsonString(other.repeat(5))}};`, { markup }));
    expect(a?.textContent).toContain('On the page.');
    expect(a?.textContent).not.toContain('Another story');
  });

  it('gives no article, without an error, for broken or tiny data', () => {
    expect(extract(page('Fusion.globalContent={"content_elements":[{"type":"text","content":"cut off'))).toBeNull();
    expect(extract(page(`window.x = {"contentHtml":${jsonString('<p>Hi.</p><p>Bye.</p>')}, "pad": "${'x'.repeat(500)}"};`))).toBeNull();
    expect(scriptDataBody([])).toBeNull();
  });
});
