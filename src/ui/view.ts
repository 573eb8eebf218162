/**
 * The clean reading view for one extraction result: header, key facts, glance chips, lead image,
 * sanitized body. Pure DOM over the result; controls and states live elsewhere.
 */
import { articleToMarkdown } from '../core/markdown';
import type { Article, KeyFact } from '../core/types';
import { copyText } from './clipboard';
import { h, safeHttpUrl, safeLang } from './dom';
import { displayHost, formatArticleTime, isMeaningfulUpdate } from './format';
import { t } from './i18n';
import { jumpToText } from './jump';
import { renderArticleActions } from './render/article-actions';
import { renderBody, renderLeadImage } from './render/body';
import { renderGlance } from './render/glance';
import { renderHeader } from './render/header';
import { keyFactsAsText, renderKeyFacts } from './render/key-facts';
import type { FragmentSanitizer, ReadResultLike } from './view-model';

export interface ViewOptions {
  /** Locale for dates and numbers (the browser's UI language). */
  locale: string;
  sanitize: FragmentSanitizer;
  /** The full-tab reader's "Print" (window.print); absent elsewhere. */
  print?: () => void;
}

const STATUS_MS = 2500;

function flash(status: HTMLElement, text: string): void {
  status.textContent = text;
  const view = status.ownerDocument.defaultView;
  const previous = Number(status.dataset.timer ?? 0);
  if (previous) view?.clearTimeout(previous);
  status.dataset.timer = String(view?.setTimeout(() => { status.textContent = ''; }, STATUS_MS) ?? 0);
}

/** The article as Markdown, from the rendered body (sanitized DOM) and the header's data, dates as the header shows them. */
export function articleMarkdown(article: Article, keyFacts: KeyFact[], body: Element, locale: string): string {
  const published = formatArticleTime(article.publishedTime, locale);
  const updated = isMeaningfulUpdate(article.publishedTime, article.modifiedTime) ? formatArticleTime(article.modifiedTime, locale) : null;
  return articleToMarkdown(body, {
    title: article.title,
    url: safeHttpUrl(article.canonicalUrl, article.url) ?? safeHttpUrl(article.url),
    siteName: article.siteName?.trim() || displayHost(article.url),
    byline: article.byline,
    dates: [published && t('published', published.text), updated && t('updated', updated.text)].filter((line): line is string => Boolean(line)),
    keyFacts: keyFacts.map((fact) => fact.text),
    labels: { source: t('markdownSource'), keyFacts: t('keyFactsHeading') },
  });
}

/** Renders `article` with its key facts and glance; returns the view root (not yet attached). */
export function renderArticleView(doc: Document, result: ReadResultLike & { article: Article }, options: ViewOptions): HTMLElement {
  const { article } = result;
  const body = renderBody(doc, article, options.sanitize);
  const announcer = h(doc, 'p', { class: 'lede-visually-hidden', attrs: { role: 'status', 'aria-live': 'polite' } });

  const find = (text: string, trigger: HTMLElement) => {
    const found = jumpToText(body, text);
    trigger.classList.toggle('lede-not-found', !found);
    if (!found) announcer.textContent = t('keyFactNotFound');
  };

  const keyFacts = renderKeyFacts(doc, result.keyFacts, safeLang(article.lang), {
    onActivate: (fact: KeyFact, button) => find(fact.text, button),
    onCopy: async (_button, status) => {
      const ok = await copyText(doc, keyFactsAsText(article.title, result.keyFacts, article.canonicalUrl ?? article.url));
      flash(status, ok ? t('copied') : t('copyFailed'));
    },
  });
  const actions = renderArticleActions(doc, {
    onCopyMarkdown: async (status) => {
      // (A key fact's highlight <mark> is read as plain inline text, like the rest of the body.)
      const ok = await copyText(doc, articleMarkdown(article, result.keyFacts, body, options.locale));
      flash(status, ok ? t('copied') : t('copyFailed'));
    },
    onPrint: options.print,
  });
  const glance = renderGlance(doc, result.glance, safeLang(article.lang), { onFind: find, articleText: article.textContent });

  // Keyboard users can pass the facts and chips in one step.
  body.setAttribute('tabindex', '-1');
  const skip = h(doc, 'button', { class: 'lede-skip', text: t('skipToArticle'), attrs: { type: 'button', 'data-action': 'skip-to-article' } });
  skip.addEventListener('click', () => {
    body.scrollIntoView?.({ block: 'start' });
    body.focus({ preventScroll: true });
  });

  return h(doc, 'article', { class: 'lede-view' },
    skip,
    renderHeader(doc, article, options.locale),
    actions,
    keyFacts,
    glance,
    renderLeadImage(doc, article, body),
    body,
    announcer,
  );
}
