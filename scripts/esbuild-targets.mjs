/**
 * The engines Lede's bundles are built for, shared by build.mjs and the bench's own bundles so
 * that what the bench measures is what ships.
 *
 * `supported`: esbuild (since 0.19.4, evanw/esbuild#3471) rewrites every `/\p{…}/u` literal as
 * `new RegExp("…")` for any engine target, because the property names an engine knows change
 * with its Unicode version. Inside a function that compiles the pattern again on every call: key
 * facts ran 4–5× slower in the node20 bundle than unbundled. The general categories this code
 * uses (L, Lu, Ll, M, N, P, S) are known to every engine we target (Chrome 64+, Firefox 78+,
 * Node 10+), so the literals are kept.
 */
export const BROWSER_TARGETS = ['chrome120', 'firefox128'];
export const NODE_TARGET = 'node20';
export const SUPPORTED = { 'regexp-unicode-property-escapes': true };
