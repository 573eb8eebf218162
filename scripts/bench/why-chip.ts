/**
 * Debugging aid for the glance chips: which paragraphs of a labelled document give a chip, and which
 * typing rules (src/core/keyfacts/glance/rules.ts) it depends on.
 *
 *   npx esbuild scripts/bench/why-chip.ts --bundle --platform=node --format=esm --packages=external \
 *     --outfile=node_modules/.cache/dev/why-chip.mjs && node node_modules/.cache/dev/why-chip.mjs FIXTURE DOC-ID CHIP...
 * FIXTURE is a file of test/fixtures that holds its texts (glance-fresh7-en.json and the like).
 */
import fs from 'node:fs';
import path from 'node:path';
import { atAGlance } from '../../src/core/keyfacts';
import { RULES, type RuleName } from '../../src/core/keyfacts/glance/rules';

type Kind = 'people' | 'organizations' | 'places';
const KINDS: Kind[] = ['people', 'organizations', 'places'];

function typed(title: string, paragraphs: string[], lang: string, chip: string): Kind[] {
  const g = atAGlance({ title, textContent: [title, ...paragraphs].join('\n\n'), lang, publishedTime: null });
  return KINDS.filter((k) => g[k].includes(chip));
}

const [file, id, ...chips] = process.argv.slice(2);
const fixture: { documents: { id: string; title: string; paragraphs: string[]; lang?: string }[] } = JSON.parse(fs.readFileSync(path.join('test/fixtures', file), 'utf8'));
const doc = fixture.documents.find((d) => d.id === id);
if (!doc) throw new Error(`no document ${id}`);
const lang = doc.lang ?? 'en';
for (const chip of chips) {
  const full = typed(doc.title, doc.paragraphs, lang, chip).join(',');
  console.log(`== "${chip}": ${full || 'no chip'}`);
  doc.paragraphs.forEach((p, i) => {
    const kinds = typed(doc.title, [p], lang, chip);
    if (kinds.length) console.log(`  paragraph ${i} alone: ${kinds.join(', ')}  | ${p.slice(0, 220)}`);
  });
  for (const rule of Object.keys(RULES) as RuleName[]) {
    if (!RULES[rule]) continue;
    RULES[rule] = false;
    const off = typed(doc.title, doc.paragraphs, lang, chip).join(',');
    RULES[rule] = true;
    if (off !== full) console.log(`  with ${rule} off: ${off || 'no chip'}`);
  }
}
