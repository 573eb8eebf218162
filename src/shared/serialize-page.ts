import type { SnapshotResult } from './messages';

/**
 * Serializes the current document for parsing in an extension page. Injected on its own by
 * scripting.executeScript, so it must be self-contained: no imports, no closures, only its argument.
 *
 * The page may clobber document properties with named elements (`<img name="title">` shadows
 * document.title, Document is LegacyOverrideBuiltIns), so every DOM read goes through the prototype
 * getters. Lede's own overlay element is cut out of the HTML.
 */
export function serializeDocument(maxChars: number): SnapshotResult {
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
    const outer = (element: Element): string => String(get<string>(Element.prototype, 'outerHTML', element) ?? '');
    let html = outer(root);
    const overlay = Document.prototype.querySelector.call(doc, '[data-lede-overlay]');
    if (overlay) html = html.replace(outer(overlay), '');
    const doctype = get<DocumentType | null>(docProto, 'doctype', doc);
    if (doctype) html = `<!DOCTYPE ${doctype.name}>` + html;
    if (html.length > maxChars) {
      return { ok: false, reason: 'too-large', message: `The page is too large to read (${html.length} characters).` };
    }
    const title = String(get<string>(docProto, 'title', doc) ?? '');
    const lang = String(Element.prototype.getAttribute.call(root, 'lang') ?? '');
    return { ok: true, snapshot: { url, html, title, lang, contentType } };
  } catch (error) {
    return { ok: false, reason: 'error', message: error instanceof Error ? error.message : String(error) };
  }
}
