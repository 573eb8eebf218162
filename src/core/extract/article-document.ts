/**
 * A document of its own for part of a page (a site rule's body container, a body found in script
 * data): one empty <article> in a document with no browsing context (nothing in it runs or loads),
 * with the page's base address, so relative links and images resolve as on the page, and its
 * language.
 */
export function articleDocument(page: Document): { doc: Document; article: Element } {
  const doc = page.implementation.createHTMLDocument('');
  const base = doc.createElement('base');
  base.href = page.baseURI;
  doc.head.appendChild(base);
  const lang = page.documentElement?.getAttribute('lang');
  if (lang) doc.documentElement.setAttribute('lang', lang);
  const article = doc.createElement('article');
  doc.body.appendChild(article);
  return { doc, article };
}
