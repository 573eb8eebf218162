import { describe, expect, it } from 'vitest';
import { urlSignals as signalsOf } from '../../../src/core/detect/url';
import { pageAddress, urlParts } from '../../../src/core/page-address';

const urlSignals = (url: string) => signalsOf(pageAddress(url));

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

  it('splits URLs without the parser exactly as the parser does', () => {
    const urls = [
      'https://en.yna.co.kr/view/AEN20230419006200320', 'https://news.naver.com/main/read.naver?mode=LSD&mid=sec&oid=001&aid=0009205077&sid1=001',
      'https://www.chosun.com/national/incident/2023/04/05/RNGKBEZYJJBWVLQZFEK4M6FMZQ/', 'http://fakehost/test/page.html',
      'https://example.com', 'https://example.com?x=1', 'https://example.com#top', 'https://example.com/a?#f', 'https://example.com/a?b#c?d',
      'https://example.com/a/./b', 'https://example.com/a/../b', 'https://example.com/a/.', 'https://example.com/%2e%2e/x', 'https://example.com/%41b',
      'https://Example.com/A', 'HTTPS://example.com/', 'https://example.com:443/x', 'https://example.com:8080/x', 'https://user:pw@example.com/x',
      'https://127.0.0.1/x', 'https://1.2.3/x', 'https://0x7f.1/x', 'https://example.123/x', 'https://xn--bcher-kva.example/x', 'https://xn--zz/x',
      'https://example.com./x', 'https://example..com/x', 'https://exa mple.com/', 'https://example.com/a b', 'https://example.com/a\\b',
      'https://example.com/a\tb', ' https://example.com/x', 'https://example.com/x ', 'https://example.com/x?q=a b', "https://example.com/x?q='a'",
      'https://example.com/x?q=%EB%B9%84&r=1', 'https://example.com/x?q=%zz', 'https://example.com/한국', 'https://한국.kr/x', 'https://example.com/x|y',
      'https://example.com/x^y', 'https://example.com/{x}', 'https://example.com/x?a=[1]', 'https://example.com/x;y=1,2:3@4!$&()*+~_-.z',
      'ftp://example.com/x', 'https:example.com/x', 'https:/example.com/x', 'https:///example.com/x', 'https://-a-.com/x', 'https://a-b.co.kr/x/y/',
      'https://example.com/x?', 'https://example.com/?', 'https://.a.com/x', 'https://a.com../x', 'https://a.b-/x', 'https://a.com/x?q=\ud800', 'https://a.com/\udc00x', 'https://example.com//x', 'https://example.com/x//', 'https://example.com/.well-known/x',
    ];
    for (const url of urls) {
      let expected: [string, string, string] | 'throws';
      try {
        const u = new URL(url);
        expected = [u.hostname.toLowerCase(), u.pathname, u.search];
      } catch {
        expected = 'throws';
      }
      let got: [string, string, string] | 'throws';
      try {
        got = urlParts(url);
      } catch {
        got = 'throws';
      }
      expect(got, url).toEqual(expected);
    }
  });
});
