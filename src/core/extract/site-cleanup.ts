/**
 * A site rule's view of the page: its body container alone, in a document of its own, with the
 * rule's chrome selectors removed inside it. Built before Readability reads (and changes) the
 * page, so Readability's own result on the whole page stays available beside it.
 */
import type { SiteRule } from '../sites/site-rule';
import { articleDocument } from './article-document';
import { squash } from './metadata/entities';

const MIN_BODY_CHARS = 30;

function removeChrome(scope: ParentNode, rule: SiteRule, keep: Element | null): void {
  for (const selector of rule.removeSelectors ?? []) {
    for (const el of Array.from(scope.querySelectorAll(selector))) {
      if (el !== keep && !(keep && el.contains(keep))) el.remove();
    }
  }
}

/**
 * A document holding only the rule's body container (as an <article>, chrome removed), or null
 * when the rule has no container or the page does not have it with text (a changed layout).
 */
export function siteRuleDocument(doc: Document, rule: SiteRule | undefined): Document | null {
  if (!rule?.bodySelector) return null;
  const body = doc.querySelector(rule.bodySelector);
  if (!body || squash(body.textContent).length < MIN_BODY_CHARS) return null;
  const { doc: own, article } = articleDocument(doc);
  article.appendChild(own.importNode(body, true));
  removeChrome(own, rule, article.firstElementChild);
  return own;
}

/** The rule's chrome selectors applied to extracted content (a rule without a body container). */
export function removeSiteChrome(content: Element, rule: SiteRule | undefined): void {
  if (rule) removeChrome(content, rule, null);
}
