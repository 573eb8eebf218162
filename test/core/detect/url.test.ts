import { describe, expect, it } from 'vitest';
import { urlSignals } from '../../../src/core/detect/url';

describe('urlSignals', () => {
  it.each([
    ['https://example.com/', 'url:home'],
    ['https://example.com/index.html', 'url:home'],
    ['https://example.com/search?q=korea', 'url:search'],
    ['https://example.com/tag/politics/', 'url:list'],
    ['https://example.com/category/world/page/2/', 'url:list'],
    ['https://example.com/news/world/index.html', 'url:list'],
    ['https://example.com/gallery/2024/spring', 'url:gallery'],
    ['https://example.com/world/', 'url:section'],
  ])('%s is not an article (%s)', (url, reason) => {
    expect(urlSignals(url)).toMatchObject({ verdict: 'non-article', reason });
  });

  it.each([
    'https://example.com/?p=123',
    'https://example.com/2024/05/01/some-story/',
    'https://example.com/news/a-long-story-slug-here',
    'https://example.com/article/12345678',
    'http://fakehost/test/page.html',
  ])('%s is left to the page signals', (url) => {
    expect(urlSignals(url).verdict).toBe('unknown');
  });

  it('lets a site rule decide first', () => {
    expect(urlSignals('https://en.yna.co.kr/view/AEN20230419005600315')).toMatchObject({ verdict: 'article', reason: 'url:site-article' });
    expect(urlSignals('https://www.koreaherald.com/search/index.php?q=Daegu')).toMatchObject({ verdict: 'non-article', reason: 'url:site-listing' });
  });

  it('never throws on a bad URL', () => {
    expect(urlSignals('::not a url')).toEqual({ verdict: 'unknown' });
  });
});
