/**
 * The rendered-DOM checks of issue 4 §1, run inside a view (popup, reader tab, overlay frame):
 * the shared findUnsafeMarkup (test/fixtures/hostile/dom-check.ts) on the rendered article, plus
 * whole-document checks (Lede's own controls are buttons and selects, so those are allowed there).
 */
import type { Frame, Page } from 'playwright-core';
import { findUnsafeMarkup } from '../../fixtures/hostile/dom-check';

export interface ViewDomReport {
  state: string;
  /** The state panel's text (e.g. the error reason), when not 'ready'. */
  stateText: string;
  title: string;
  /** findUnsafeMarkup on [data-role="article"]. */
  articleProblems: string[];
  /** Whole document: foreign scripts, frames, plugins, forms, base, stray meta, on*, bad URLs, links without noopener. */
  documentProblems: string[];
}

/** Runs in the view. Self-contained (it is serialized into the page). */
function documentProblems(ownScript: string): string[] {
  const problems: string[] = [];
  const BAD_URL = /^(?:javascript|vbscript|livescript|data:text)/i;
  const clean = (v: string) => v.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
  for (const script of document.querySelectorAll('script')) {
    // popup.html also loads popup-early.js, its snapshot request (src/popup/early.ts).
    const own = script.getAttribute('src') === ownScript || (ownScript === 'popup.js' && script.getAttribute('src') === 'popup-early.js');
    if (!(own && !script.textContent?.trim())) problems.push(`script ${script.outerHTML.slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll('iframe, frame, frameset, object, embed, applet, form, base, portal')) {
    problems.push(`<${el.localName}> in the document`);
  }
  for (const meta of document.querySelectorAll('meta')) {
    if (meta.parentElement !== document.head || meta.hasAttribute('http-equiv')) problems.push(`meta ${meta.outerHTML.slice(0, 80)}`);
  }
  for (const el of document.querySelectorAll('*')) {
    for (const attr of el.attributes) {
      const name = attr.name.toLowerCase();
      if (name.startsWith('on')) problems.push(`${name} on <${el.localName}>`);
      const values = name === 'srcset' ? attr.value.split(/[\s,]+/) : [attr.value];
      if (['href', 'src', 'srcset', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'background', 'cite'].includes(name)
        && values.some((v) => BAD_URL.test(clean(v)))) {
        problems.push(`${name}=${attr.value.slice(0, 60)} on <${el.localName}>`);
      }
    }
  }
  for (const link of document.querySelectorAll('a[href], area[href]')) {
    const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    if (!rel.includes('noopener')) problems.push(`link without noopener: ${link.getAttribute('href')?.slice(0, 60)}`);
  }
  return problems;
}

export async function inspectView(view: Page | Frame, ownScript: 'popup.js' | 'reader.js'): Promise<ViewDomReport> {
  // Passed as source text: esbuild's helpers (__name) don't exist in the page.
  const articleProblems: string[] = await view.evaluate(
    `(() => { const root = document.querySelector('[data-role="article"]'); return root ? (${findUnsafeMarkup.toString()})(root) : ['no [data-role="article"]']; })()`,
  );
  const docProblems: string[] = await view.evaluate(`(${documentProblems.toString()})(${JSON.stringify(ownScript)})`);
  const { state, title, stateText } = await view.evaluate(() => ({
    state: document.body.dataset.state ?? '',
    title: document.title,
    stateText: (document.querySelector('[data-panel]')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 300),
  }));
  return { state, stateText, title, articleProblems, documentProblems: docProblems };
}
