/**
 * Defence in depth for the extension pages. A page's form controls named like DOM properties
 * (`parentElement`, `firstElementChild`, `getElementsByTagName`…) shadow those properties on their
 * form, and `<img name="…">` shadows properties of the document; any tree walk over such a page can
 * then loop forever. In Chrome every extension page of Lede shares one renderer process, so one hung
 * parse would freeze the popup, the reader tab and the overlay alike. The core neutralises clobbering
 * too, inside extraction; this runs first, on our own throw-away parse of the snapshot, using only
 * prototype methods (which page markup cannot shadow).
 */

/** Elements that become named properties of their form (HTML "listed" elements, and img). */
const FORM_NAMED = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);
/** Elements that become named properties of the document by name; img and object also by id. */
const DOCUMENT_NAMED = new Set(['FORM', 'IMG', 'EMBED', 'OBJECT', 'IFRAME']);
const DOCUMENT_NAMED_BY_ID = new Set(['IMG', 'OBJECT', 'EMBED']);

/** Renames every clobbering name/id to data-lede-name / data-lede-id. Returns how many. Idempotent. */
export function unclobber(doc: Document): number {
  const query = Document.prototype.querySelectorAll;
  const getAttribute = Element.prototype.getAttribute;
  const setAttribute = Element.prototype.setAttribute;
  const removeAttribute = Element.prototype.removeAttribute;
  const closest = Element.prototype.closest;
  const tagNameOf = Object.getOwnPropertyDescriptor(Element.prototype, 'tagName')!.get!;
  const probeForm = Document.prototype.createElement.call(doc, 'form');
  const documentProto = Object.getPrototypeOf(doc) as object;

  let renamed = 0;
  for (const element of Array.from(query.call(doc, 'form, [name], img[id], object[id], embed[id]'))) {
    const tag = String(tagNameOf.call(element)).toUpperCase();
    const inForm = FORM_NAMED.has(tag) && closest.call(element, 'form') !== null;
    for (const attribute of ['name', 'id'] as const) {
      const value = getAttribute.call(element, attribute);
      if (!value) continue;
      const clobbersForm = inForm && value in probeForm;
      const clobbersDocument = (attribute === 'name' ? DOCUMENT_NAMED.has(tag) : DOCUMENT_NAMED_BY_ID.has(tag) || tag === 'FORM')
        && value in documentProto;
      if (!clobbersForm && !clobbersDocument) continue;
      setAttribute.call(element, `data-lede-${attribute}`, value);
      removeAttribute.call(element, attribute);
      renamed++;
    }
  }
  return renamed;
}
