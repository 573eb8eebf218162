/**
 * Applies a site rule to the working copy before parsing: removes its chrome selectors and,
 * when its body container is present with text, leaves only that container in <body> so
 * Readability cannot pick a sidebar or fall back to the whole page.
 */
import type { SiteRule } from '../sites/site-rule';
import { squash } from './metadata/entities';

const MIN_BODY_CHARS = 30;

/** Returns true when the body was isolated by the rule's bodySelector. */
export function applySiteRule(doc: Document, rule: SiteRule | undefined): boolean {
  if (!rule) return false;
  const body = rule.bodySelector ? doc.querySelector(rule.bodySelector) : null;
  for (const selector of rule.removeSelectors ?? []) {
    for (const el of Array.from(doc.querySelectorAll(selector))) {
      if (el !== body && !el.contains(body)) el.remove();
    }
  }
  if (!body || !doc.body || squash(body.textContent).length < MIN_BODY_CHARS) return false;
  const article = doc.createElement('article');
  article.appendChild(body);
  doc.body.replaceChildren(article);
  return true;
}
