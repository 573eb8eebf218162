/**
 * List-page signals: home, section, search and tag pages repeat one item shape many times
 * (headline link + teaser) and end in paging controls. Cheap checks only.
 */
import { firstItems, hasDescendant } from './dom';
import type { TextShape } from './readerable';

const MAX_HEADINGS = 400;
const MANY_HEADLINE_LINKS = 10;

/** Number of h2–h4 headings that are links (a link inside, or a link around them). */
export function headlineLinks(doc: Document): number {
  let count = 0;
  let budget = MAX_HEADINGS;
  for (const tag of ['h2', 'h3', 'h4']) {
    const headings = firstItems(doc.getElementsByTagName(tag), budget);
    budget -= headings.length;
    for (const h of headings) {
      if (hasDescendant(h, 'a') || h.parentElement?.tagName === 'A' || h.parentElement?.parentElement?.tagName === 'A') count++;
    }
  }
  return count;
}

/** Paging controls: a pagination container, or a link to the next page of a listing. */
export function hasPaging(doc: Document): boolean {
  return !!doc.querySelector('.pagination,.paging,.pager,.page-numbers,[class*="paginat"]');
}

/**
 * Why the page looks like a list ('list:teasers', 'list:headlines'), or '' if it does not.
 * `shape` is the text-block shape from readerable.ts.
 */
export function listPageReason(doc: Document, shape: TextShape): string {
  if (shape.teasers >= 5 && shape.teaserScore > shape.score) return 'list:teasers';
  // Little article text and many linked headlines: a front page. Paging makes it surer.
  if (shape.score < 40) {
    const headlines = headlineLinks(doc);
    if (headlines >= MANY_HEADLINE_LINKS || (headlines >= 5 && hasPaging(doc))) return 'list:headlines';
  }
  return '';
}

/** Teaser text several times the article's: a list whatever the page's metadata says. */
const OVERWHELMING_TEASERS = 3;

/**
 * List evidence no article metadata outweighs: teasers holding OVERWHELMING_TEASERS times the
 * article-like text. Linked headlines alone never are (related and most-read rails have dozens).
 */
export const overwhelmingList = (shape: TextShape): boolean => shape.teasers >= 5 && shape.teaserScore >= OVERWHELMING_TEASERS * shape.score;
