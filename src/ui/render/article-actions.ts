/**
 * Taking the article elsewhere (issue 11 §3): "Copy as Markdown" (data-role="copy-markdown") and,
 * in the full-tab reader, "Print" (data-role="print", the browser's print dialog, where "Save as PDF"
 * lives; styles/print.css decides what goes on paper).
 */
import { h } from '../dom';
import { t } from '../i18n';

export interface ArticleActionsHandlers {
  onCopyMarkdown(status: HTMLElement): void;
  /** Absent where printing makes no sense (the popup, the overlay frame). */
  onPrint?(): void;
}

export function renderArticleActions(doc: Document, handlers: ArticleActionsHandlers): HTMLElement {
  const status = h(doc, 'span', { class: 'lede-copy-status', attrs: { role: 'status', 'aria-live': 'polite' } });
  // Text buttons, like "Copy key facts": the view holds no SVG of its own (test/ui/view.test.ts).
  const copy = h(doc, 'button', {
    class: 'lede-button lede-action', text: t('copyMarkdown'),
    attrs: { type: 'button', 'data-role': 'copy-markdown', 'data-action': 'copy-markdown' },
  });
  copy.addEventListener('click', () => handlers.onCopyMarkdown(status));
  const print = handlers.onPrint
    ? h(doc, 'button', { class: 'lede-button lede-action', text: t('print'), attrs: { type: 'button', 'data-role': 'print', 'data-action': 'print' } })
    : null;
  print?.addEventListener('click', () => handlers.onPrint?.());
  return h(doc, 'div', { class: 'lede-actions', attrs: { role: 'group', 'aria-label': t('articleActionsLabel') } }, copy, print, status);
}
