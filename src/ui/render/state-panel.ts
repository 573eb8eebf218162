/** The non-article panels: loading, not an article, restricted page, error. Never a blank view. */
import { h } from '../dom';
import { t } from '../i18n';
import { icon, type IconName } from '../icons';
import type { StateInfo } from '../state';

export interface StatePanelHandlers {
  onShowAnyway?(): void;
  onRetry?(): void;
}

/** Renders the panel for `info` (any state but 'ready'). */
export function renderStatePanel(doc: Document, info: StateInfo, handlers: StatePanelHandlers = {}): HTMLElement {
  const panel = h(doc, 'section', { class: `lede-state lede-state-${info.state}`, attrs: { 'data-panel': info.state } });
  const iconName: IconName | null = info.state === 'no-article' ? 'document' : info.state === 'restricted' ? 'lock' : info.state === 'error' ? 'alert' : null;
  if (iconName) panel.append(h(doc, 'div', { class: 'lede-state-icon' }, icon(doc, iconName)));
  switch (info.state) {
    case 'loading':
      panel.setAttribute('role', 'status');
      panel.append(
        h(doc, 'div', { class: 'lede-spinner', attrs: { 'aria-hidden': 'true' } }),
        h(doc, 'p', { class: 'lede-state-title', text: t('stateLoading') }),
      );
      break;
    case 'no-article': {
      const button = h(doc, 'button', { class: 'lede-button lede-primary', text: t('showAnyway'), attrs: { type: 'button', 'data-action': 'show-anyway' } });
      if (handlers.onShowAnyway) button.addEventListener('click', handlers.onShowAnyway);
      panel.append(
        h(doc, 'h1', { class: 'lede-state-title', text: t('stateNoArticleTitle') }),
        h(doc, 'p', { text: t('stateNoArticleBody') }),
        button,
      );
      break;
    }
    case 'restricted':
      panel.append(
        h(doc, 'h1', { class: 'lede-state-title', text: t('stateRestrictedTitle') }),
        h(doc, 'p', { text: t(info.reasonKey ?? 'stateRestrictedBody') }),
      );
      break;
    case 'error': {
      panel.setAttribute('role', 'alert');
      // A specific reason is localized; an unknown one shows the error's own text (from the browser).
      const generic = !info.reasonKey || info.reasonKey === 'errorUnknown';
      const reason = t('errorReason', generic && info.detail ? info.detail : t(info.reasonKey ?? 'errorUnknown'));
      panel.append(
        h(doc, 'h1', { class: 'lede-state-title', text: t('stateErrorTitle') }),
        h(doc, 'p', { class: 'lede-error-reason', text: reason }),
      );
      if (info.detail && !generic) panel.append(h(doc, 'p', { class: 'lede-error-detail lede-muted', text: info.detail }));
      if (handlers.onRetry) {
        const retry = h(doc, 'button', { class: 'lede-button', text: t('tryAgain'), attrs: { type: 'button', 'data-action': 'retry' } });
        retry.addEventListener('click', handlers.onRetry);
        panel.append(retry);
      }
      break;
    }
    case 'ready':
      break;
  }
  return panel;
}
