/**
 * The steps of detection on a page no URL rule decides, each timed on its own, in the order
 * detectArticle's fromPage() runs them (bundled by detect-profile.ts; never shipped). Every step's
 * figure includes the first-use costs it is the first to pay (compilation, DOM interface set-up).
 */
import { jsonLdSignals } from '../../src/core/detect/jsonld';
import { listPageReason } from '../../src/core/detect/list-page';
import { metaSignals } from '../../src/core/detect/meta';
import { textShape } from '../../src/core/detect/readerable';
import { urlSignals } from '../../src/core/detect/url';
import { pageAddress } from '../../src/core/page-address';

export function steps(doc: Document, url: string): Record<string, number> {
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - t;
    t = now;
  };
  urlSignals(pageAddress(url));
  lap('url');
  metaSignals(doc);
  lap('meta');
  jsonLdSignals(doc);
  lap('jsonld');
  const shape = textShape(doc);
  lap('textShape');
  listPageReason(doc, shape);
  lap('listPage');
  return times;
}

/** First-use costs alone: each probe is the first of its kind in the tab (run in this order). */
export function floor(doc: Document): Record<string, number> {
  const times: Record<string, number> = {};
  let t = performance.now();
  const lap = (name: string) => {
    const now = performance.now();
    times[name] = now - t;
    t = now;
  };
  void doc.contentType;
  lap('document.contentType');
  const head = doc.head;
  lap('document.head (first element)');
  const meta = head?.querySelector('meta[property="og:type" i]');
  lap('first querySelector (a <meta> or null)');
  meta?.getAttribute('content');
  lap('first getAttribute');
  const p = doc.getElementsByTagName('p')[0];
  lap('getElementsByTagName(p)[0]');
  const text = p?.textContent ?? '';
  lap('first textContent');
  void (p?.className + ' ' + p?.id);
  lap('className and id');
  doc.getElementsByTagName('div')[0];
  lap('first <div>');
  const a = doc.getElementsByTagName('a')[0];
  lap('first <a>');
  p?.parentElement?.closest('footer,nav,aside');
  lap('first closest');
  /\d{6,}/.test(text);
  lap('first regex');
  /[\u0590-\u06ff\u3040-\u30ff]/.test(text);
  lap('second regex');
  text.trim().replace(/^\s+/g, '');
  lap('first replace');
  const scripts = doc.querySelectorAll('script[type*="ld+json" i]');
  lap('first querySelectorAll');
  void scripts[0]?.textContent;
  lap('first <script>');
  try { JSON.parse('{"a":[1,2]}'); } catch { /* */ }
  lap('first JSON.parse');
  const ld = scripts[0]?.textContent ?? '';
  /["/]|,\s*[}\]]/.test(ld.replace(/"(?:[^"\\\0-\x1f]|\\[\s\S])*"/g, '0'));
  lap('strings blanked in the first JSON-LD block');
  try { JSON.parse('{"a": 1,}'); } catch { /* */ }
  lap('first JSON.parse exception');
  new Map<unknown, number>().set(a, 1);
  new Set<unknown>().add(a);
  lap('first Map and Set');
  doc.querySelectorAll('h2,h3,h4').length;
  lap('querySelectorAll(h2,h3,h4).length');
  return times;
}
