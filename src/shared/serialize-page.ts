import type { PageFingerprint, SnapshotResult } from './messages';

/**
 * Serializes the current document for parsing in an extension page. Injected on its own by
 * scripting.executeScript, so it must be self-contained: no imports, no closures, only its argument.
 *
 * The page may clobber DOM properties with named elements (`<img name="title">` shadows
 * document.title, Document is LegacyOverrideBuiltIns; a form control named `remove` shadows
 * form.remove), so every DOM read and change goes through the prototypes.
 *
 * The HTML is serialized from a live document (scripting on) and parsed again with DOMParser
 * (scripting off). Some markup does not survive that round trip: a <noscript> is raw text here but
 * markup there (a `<style>` inside it then swallows the rest of the page), and MathML/SVG foreign
 * content re-parses into a different tree (the mutation-XSS family). So the copy we serialize drops
 * what the reader never shows anyway — scripts (JSON-LD kept: the detector and the metadata read it),
 * styles, templates, SVG, MathML and Lede's own overlay — and keeps of each <noscript> only the
 * images it holds (the extractor uses them for lazy-loaded pictures). The live page is not touched.
 *
 * A text node longer than `maxTextChars` (a page that is one 5 MB paragraph) is cut at the last space
 * before the limit, and `cutChars` says how much was dropped: carrying, parsing, reading and laying
 * out such a node took seconds (issue 12), and no article has a single run of text that long.
 * A copy with more than `maxElements` elements (the extractor's own budget, which would refuse it
 * after the transfer and the parse) is 'too-large' at once: 60,000 paragraphs took 2.6 s to say so.
 */
export function serializeDocument(maxChars: number, maxTextChars = Infinity, maxElements = Infinity): SnapshotResult {
  try {
    const get = <T>(proto: object, name: string, target: object): T => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      return descriptor?.get ? (descriptor.get.call(target) as T) : (undefined as T);
    };
    const doc = document;
    const docProto = Document.prototype;
    const contentType = String(get<string>(docProto, 'contentType', doc) ?? '');
    if (contentType === 'application/pdf') {
      return { ok: false, reason: 'restricted', message: 'The PDF viewer cannot be read.' };
    }
    const url = String(get<string>(docProto, 'URL', doc) ?? '');
    const root = get<Element | null>(docProto, 'documentElement', doc);
    if (!root) return { ok: true, snapshot: { url, html: '', title: '', lang: '', contentType } };
    // Taken before the copy, so a change during serializing can only make it stale (a re-read), never
    // let a later check pass for a copy of an older state. Same reads as pageFingerprint() below.
    const body = get<HTMLElement | null>(docProto, 'body', doc);
    const text = body ? String(get<string>(Node.prototype, 'textContent', body) ?? '') : '';
    // FNV-1a over the text: an edit that keeps its length (a score, a counter) changes it.
    let textHash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) textHash = Math.imul(textHash ^ text.charCodeAt(i), 0x01000193);
    const fingerprint: PageFingerprint = {
      url,
      timeOrigin: performance.timeOrigin,
      title: String(get<string>(docProto, 'title', doc) ?? ''),
      elements: body ? Element.prototype.getElementsByTagName.call(body, '*').length : 0,
      textChars: text.length,
      textHash: textHash >>> 0,
    };

    // The copy lives in an inert document (no browsing context): its images are not fetched and no
    // event handler of the page runs again because we copied it.
    const inert = DOMImplementation.prototype.createHTMLDocument.call(get<DOMImplementation>(docProto, 'implementation', doc), '');
    // Web components show their text from open shadow roots, which neither outerHTML nor a deep copy
    // includes: a page whose article sits in one (news sites built of custom elements) read as empty.
    // With a shadow host on the page, the copy is made node by node, each host's shadow tree in
    // place of its children and each <slot> replaced by what is assigned to it (its fallback
    // content when nothing is): the page as it is shown. Without one, the engine copies natively.
    const shadowRootOf = Object.getOwnPropertyDescriptor(Element.prototype, 'shadowRoot')?.get;
    const childrenOf = Object.getOwnPropertyDescriptor(Node.prototype, 'childNodes')!.get!;
    const localNameOf = Object.getOwnPropertyDescriptor(Element.prototype, 'localName')!.get!;
    const hasShadowHost = !!shadowRootOf && Array.prototype.some.call(
      Document.prototype.querySelectorAll.call(doc, '*'), (el: Element) => !!shadowRootOf.call(el));
    let copy: Element;
    if (!hasShadowHost) {
      copy = Document.prototype.importNode.call(inert, root, true) as Element;
    } else {
      const assigned = typeof HTMLSlotElement === 'undefined' ? null : HTMLSlotElement.prototype.assignedNodes;
      copy = Document.prototype.importNode.call(inert, root, false) as Element;
      // An explicit stack, not recursion: a page may nest thousands of elements deep.
      const stack: { from: Node; into: Node; inShadow: boolean }[] = [];
      const pushChildren = (from: Node, into: Node, inShadow: boolean): void => {
        const shadow = from.nodeType === 1 ? (shadowRootOf!.call(from as Element) as ShadowRoot | null) : null;
        const children = Array.from(childrenOf.call(shadow ?? from) as NodeListOf<ChildNode>);
        for (let i = children.length - 1; i >= 0; i--) stack.push({ from: children[i], into, inShadow: inShadow || !!shadow });
      };
      pushChildren(root, copy, false);
      while (stack.length > 0) {
        const { from, into, inShadow } = stack.pop()!;
        if (from.nodeType === 1 && inShadow && assigned && String(localNameOf.call(from)) === 'slot') {
          const slotted = Array.from(assigned.call(from as HTMLSlotElement, { flatten: true }));
          const source = slotted.length > 0 ? slotted : Array.from(childrenOf.call(from) as NodeListOf<ChildNode>);
          for (let i = source.length - 1; i >= 0; i--) stack.push({ from: source[i], into, inShadow: slotted.length === 0 });
          continue;
        }
        const node = Document.prototype.importNode.call(inert, from, false);
        Node.prototype.appendChild.call(into, node);
        if (from.nodeType === 1) pushChildren(from, node, inShadow);
      }
    }
    const all = (selector: string): Element[] => Array.from(Element.prototype.querySelectorAll.call(copy, selector));
    const drop = (element: Element): void => Element.prototype.remove.call(element);
    all('[data-lede-overlay], style, template, svg, math, script:not([type="application/ld+json" i])').forEach(drop);
    for (const noscript of all('noscript')) {
      // Raw text while scripting is on: parse it inertly (DOMParser never runs scripts) for its images.
      // (Where scripting is off, as in some test DOMs, the images are already elements.)
      const markup = String(get<string>(Node.prototype, 'textContent', noscript) ?? '');
      const direct = Array.from(Element.prototype.querySelectorAll.call(noscript, 'img'));
      const images = direct.length > 0 ? direct
        : Array.from(Document.prototype.querySelectorAll.call(new DOMParser().parseFromString(markup, 'text/html'), 'img'));
      const replacement = Document.prototype.createElement.call(inert, 'noscript');
      for (const image of images) Node.prototype.appendChild.call(replacement, Document.prototype.importNode.call(inert, image, false));
      Element.prototype.replaceWith.call(noscript, replacement);
    }

    const elements = Element.prototype.getElementsByTagName.call(copy, '*').length + 1;
    if (elements > maxElements) {
      return { ok: false, reason: 'too-large', message: `The page has too many elements to read (${elements}).` };
    }

    let cutChars = 0;
    if (maxTextChars < Infinity) {
      const dataOf = Object.getOwnPropertyDescriptor(CharacterData.prototype, 'data')!;
      const walker = Document.prototype.createTreeWalker.call(inert, copy, 4 /* NodeFilter.SHOW_TEXT */);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = String(dataOf.get!.call(node));
        if (text.length <= maxTextChars) continue;
        // JSON-LD is data, not text: cut, it would no longer parse. Leave it to the size limit.
        const parent = get<Element | null>(Node.prototype, 'parentElement', node);
        if (parent && String(get<string>(Element.prototype, 'localName', parent)) === 'script') continue;
        const space = text.lastIndexOf(' ', maxTextChars);
        const end = space > maxTextChars / 2 ? space : maxTextChars;
        cutChars += text.length - end;
        dataOf.set!.call(node, text.slice(0, end));
      }
    }

    let html = String(get<string>(Element.prototype, 'outerHTML', copy) ?? '');
    const doctype = get<DocumentType | null>(docProto, 'doctype', doc);
    if (doctype) html = `<!DOCTYPE ${doctype.name}>` + html;
    if (html.length > maxChars) {
      return { ok: false, reason: 'too-large', message: `The page is too large to read (${html.length} characters).` };
    }
    const title = String(get<string>(docProto, 'title', doc) ?? '');
    const lang = String(Element.prototype.getAttribute.call(root, 'lang') ?? '');
    return { ok: true, snapshot: cutChars > 0 ? { url, html, title, lang, contentType, cutChars, fingerprint } : { url, html, title, lang, contentType, fingerprint } };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * The page's fingerprint (PageFingerprint), the same reads serializeDocument makes before it copies
 * the page: what the worker checks before handing on a read of this page instead of reading it again.
 * Injected on its own, so self-contained like serializeDocument. A page can make it lie only about
 * itself (the read it would get is of its own content), and a mismatch only costs a fresh read.
 */
export function pageFingerprint(): PageFingerprint | null {
  try {
    const get = <T>(proto: object, name: string, target: object): T => {
      const descriptor = Object.getOwnPropertyDescriptor(proto, name);
      return descriptor?.get ? (descriptor.get.call(target) as T) : (undefined as T);
    };
    const doc = document;
    const docProto = Document.prototype;
    const body = get<HTMLElement | null>(docProto, 'body', doc);
    const text = body ? String(get<string>(Node.prototype, 'textContent', body) ?? '') : '';
    let textHash = 0x811c9dc5;
    for (let i = 0; i < text.length; i++) textHash = Math.imul(textHash ^ text.charCodeAt(i), 0x01000193);
    return {
      url: String(get<string>(docProto, 'URL', doc) ?? ''),
      timeOrigin: performance.timeOrigin,
      title: String(get<string>(docProto, 'title', doc) ?? ''),
      elements: body ? Element.prototype.getElementsByTagName.call(body, '*').length : 0,
      textChars: text.length,
      textHash: textHash >>> 0,
    };
  } catch {
    return null;
  }
}

/** Whether a read of the page in state `kept` still stands for the page in state `now`. */
export function sameFingerprint(kept: PageFingerprint, now: PageFingerprint | null): boolean {
  return now !== null && kept.url === now.url && kept.timeOrigin === now.timeOrigin && kept.title === now.title
    && kept.elements === now.elements && kept.textChars === now.textChars && kept.textHash === now.textHash;
}
