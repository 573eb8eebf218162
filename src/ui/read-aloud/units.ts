/**
 * What read aloud says, in order, and where each part is on screen: the title, the key facts
 * (optional), then the article's sentences. The sentences come from the same segmentation as the key
 * facts (`sentences()` over `article.textContent` in the key facts' language), so sentence i of the
 * body and a key fact with `sentenceIndex` i are one unit; in the body each is wrapped, once, in
 * `span.lede-sentence[data-sentence-index=i]` elements (one per text node it spans).
 */
import { effectiveLang } from '../../core/keyfacts/terms';
import { sentences } from '../../core/text';
import type { Article, KeyFact } from '../../core/types';
import { findSentenceRanges } from '../find-text';
import { wrapRange } from '../highlight';

export interface SpokenUnit {
  kind: 'title' | 'fact' | 'sentence';
  text: string;
  /** The article sentence this is (facts: the sentence they quote). */
  sentenceIndex: number | null;
  /** Where it shows: the span(s) to highlight; empty when the sentence isn't found on screen. */
  elements: HTMLElement[];
}

export const SENTENCE_CLASS = 'lede-sentence';

function sentenceSpan(index: number | null): (doc: Document) => HTMLElement {
  return (doc) => {
    const span = doc.createElement('span');
    span.className = SENTENCE_CLASS;
    if (index !== null) span.dataset.sentenceIndex = String(index);
    return span;
  };
}

/** Wraps the whole content of `element` in one sentence span (title, key-fact button), once. */
function wrapContent(element: HTMLElement, index: number | null): HTMLElement {
  const existing = element.querySelector<HTMLElement>(`:scope > .${SENTENCE_CLASS}`);
  if (existing) return existing;
  const span = sentenceSpan(index)(element.ownerDocument);
  span.append(...element.childNodes);
  element.append(span);
  return span;
}

/** The article's sentences, as keyFacts() splits them. */
export function articleSentences(article: Pick<Article, 'textContent' | 'lang'>): string[] {
  const text = article.textContent ?? '';
  return sentences(text, effectiveLang(article.lang, text));
}

/** Wraps each sentence of `body` (once per body); returns the spans of each sentence by index. */
function wrapBodySentences(body: HTMLElement, list: readonly string[]): HTMLElement[][] {
  const spans: HTMLElement[][] = list.map(() => []);
  if (body.dataset.sentences === 'wrapped') {
    for (const span of body.querySelectorAll<HTMLElement>(`.${SENTENCE_CLASS}[data-sentence-index]`)) {
      spans[Number(span.dataset.sentenceIndex)]?.push(span);
    }
    return spans;
  }
  const ranges = findSentenceRanges(body, list);
  // Last first: wrapping splits text nodes after the ranges still to do, never before them.
  for (let i = ranges.length - 1; i >= 0; i--) {
    const range = ranges[i];
    if (range) spans[i] = wrapRange(range, sentenceSpan(i));
  }
  body.dataset.sentences = 'wrapped';
  return spans;
}

export interface UnitSources {
  /** The rendered view (renderArticleView). */
  view: HTMLElement;
  article: Pick<Article, 'textContent' | 'lang'>;
  keyFacts: readonly KeyFact[];
  includeKeyFacts: boolean;
}

export function collectUnits({ view, article, keyFacts, includeKeyFacts }: UnitSources): SpokenUnit[] {
  const units: SpokenUnit[] = [];
  const title = view.querySelector<HTMLElement>('.lede-title');
  if (title?.textContent?.trim()) {
    units.push({ kind: 'title', text: title.textContent.trim(), sentenceIndex: null, elements: [wrapContent(title, null)] });
  }
  if (includeKeyFacts) {
    const buttons = [...view.querySelectorAll<HTMLElement>('[data-role="key-fact"]')];
    keyFacts.forEach((fact, i) => {
      const button = buttons[i];
      units.push({ kind: 'fact', text: fact.text, sentenceIndex: fact.sentenceIndex, elements: button ? [wrapContent(button, null)] : [] });
    });
  }
  const body = view.querySelector<HTMLElement>('[data-role="article"]');
  const list = articleSentences(article);
  const spans = body ? wrapBodySentences(body, list) : list.map(() => []);
  list.forEach((text, i) => units.push({ kind: 'sentence', text, sentenceIndex: i, elements: spans[i] }));
  return units;
}
