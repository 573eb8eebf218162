/**
 * Makes the working copy Readability may mutate: checks the element budget on the original,
 * clones it, and neutralises DOM clobbering in the clone.
 */
import { ExtractionBudgetError } from './budget';
import { elementsByTag } from '../dom';

/**
 * Throws ExtractionBudgetError when the page has more elements than `maxElements` or nests
 * deeper than `maxDepth`. The depth walk runs before clobbering is neutralised, so it moves
 * with the element getters of the prototype, called on each node
 * (a form control named `firstElementChild` or `nextElementSibling` shadows the property on its
 * form and would send a property-based walk in circles forever). The recursion stops at
 * `maxDepth`, so the stack stays shallow on any page. (A TreeWalker did the same job 3–4× slower
 * in jsdom, where every move crosses its wrapper layer.)
 */
export function assertWithinBudget(doc: Document, maxElements: number, maxDepth: number): void {
  // Counting first fails fast on huge pages: the engine counts natively, the depth walk runs in script.
  const count = doc.getElementsByTagName('*').length;
  if (count > maxElements) {
    throw new ExtractionBudgetError('elements', `Page has ${count} elements; the extraction budget is ${maxElements}.`);
  }
  const root = doc.documentElement;
  if (!root) return;
  const firstChild = prototypeGetter<Element | null>(root, 'firstElementChild');
  const nextSibling = prototypeGetter<Element | null>(root, 'nextElementSibling');
  const visit = (el: Element, depth: number): void => {
    if (depth > maxDepth) throw new ExtractionBudgetError('depth', `Page nests elements more than ${maxDepth} deep.`);
    for (let child = firstChild.call(el); child; child = nextSibling.call(child)) visit(child, depth + 1);
  };
  visit(root, 0);
}

/** The getter `name` as defined on the prototype chain of `target`, ignoring anything that shadows it on the object. */
function prototypeGetter<T>(target: object, name: string): (this: Element) => T {
  for (let proto = Object.getPrototypeOf(target); proto; proto = Object.getPrototypeOf(proto)) {
    const descriptor = Object.getOwnPropertyDescriptor(proto, name);
    if (descriptor?.get) return descriptor.get as (this: Element) => T;
  }
  throw new TypeError(`no ${name} getter on the prototype chain`);
}

/** Elements whose name/id becomes a property of their form (listed form controls, img). */
const FORM_NAMED = new Set(['BUTTON', 'FIELDSET', 'INPUT', 'OBJECT', 'OUTPUT', 'SELECT', 'TEXTAREA', 'IMG']);
/** Elements whose name becomes a property of the document. */
const DOCUMENT_NAMED = new Set(['FORM', 'IMG', 'EMBED', 'OBJECT', 'IFRAME']);

/**
 * Form controls named like DOM properties (`parentNode`, `firstChild`, `attributes`…) shadow
 * those properties on their form, and `<img name="body">` can shadow `document.body`; a tree
 * walk over such a page can loop forever. Any name/id that collides with a property of a fresh
 * form or document is moved to `data-lede-name` / `data-lede-id`.
 */
export function neutraliseClobbering(doc: Document): number {
  const probeForm = doc.createElement('form');
  // The document's prototype has every built-in document property, and no named elements.
  const probeDoc = Object.getPrototypeOf(doc) as object;
  const candidates: Element[] = [];
  for (const form of elementsByTag(doc, 'form')) {
    candidates.push(form, ...elementsByTag(form, '*'));
  }
  for (const tag of ['img', 'embed', 'object', 'iframe']) candidates.push(...elementsByTag(doc, tag));
  let renamed = 0;
  for (const el of candidates) {
    const tag = el.tagName.toUpperCase();
    for (const attr of ['name', 'id'] as const) {
      const value = el.getAttribute(attr);
      if (!value) continue;
      const clobbersForm = FORM_NAMED.has(tag) && value in probeForm;
      const clobbersDoc = (DOCUMENT_NAMED.has(tag) || (attr === 'id' && (tag === 'IMG' || tag === 'OBJECT'))) && value in probeDoc;
      if (clobbersForm || clobbersDoc) {
        el.removeAttribute(attr);
        el.setAttribute(`data-lede-${attr}`, value);
        renamed++;
      }
    }
  }
  return renamed;
}

/**
 * The document extraction may mutate, with clobbering neutralised: a deep copy of `doc`, or `doc`
 * itself when the caller owns a throw-away copy (cloning costs about half a Readability parse
 * in jsdom).
 */
export function workingCopy(doc: Document, disposable: boolean): Document {
  const work = disposable ? doc : (doc.cloneNode(true) as Document);
  neutraliseClobbering(work);
  return work;
}
