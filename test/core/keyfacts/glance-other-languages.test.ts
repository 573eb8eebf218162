/**
 * Name chips of articles in other languages written in Latin letters (src/core/keyfacts/glance/entities.ts):
 * the English rules read a capital as a name, which German (every noun capitalised) and Spanish
 * ("Comisión Europea") defeat, so only places the gazetteer knows, people opening with a common given
 * name and organisations known by name are kept. The pages are corpus/news-world-dev articles.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { atAGlance } from '../../../src/core/keyfacts';
import { RULES } from '../../../src/core/keyfacts/glance/rules';
import { CORPUS_DIR } from '../../helpers/corpus';

interface WorldPage { id: string; title: string; paragraphs: string[] }
const pages: WorldPage[] = JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, 'news-world-dev/index.json'), 'utf8')).pages;
const page = (id: string) => pages.find((p) => p.id === id)!;
const glance = (id: string, lang: string) => atAGlance({ title: page(id).title, textContent: page(id).paragraphs.join('\n'), lang, publishedTime: null });

describe('glance names in other languages', () => {
  it('German: no noun phrase passes for a person; the places are kept', () => {
    const g = glance('at-DiePresse_2025_06_05', 'de');
    // Read on the page: Trump renames the Gulf of Mexico; Joe Biden, the USA, Mexico's neighbours.
    expect(g.people).toEqual(['Joe Biden']);
    expect(g.places).toEqual(expect.arrayContaining(['USA', 'Panama', 'Florida', 'Texas']));
    expect(g.organizations).toEqual([]);
    RULES.otherLanguages = false;
    try {
      // Without the policy the English rules take "Golf von Mexiko" and "Bis Mitte" for people.
      expect(glance('at-DiePresse_2025_06_05', 'de').people).toContain('Golf von Mexiko');
    } finally {
      RULES.otherLanguages = true;
    }
  });
  it('Spanish: "Comisión Europea" is no person; Donald Tusk is', () => {
    const g = glance('es-ElPais_2024_10_15', 'es');
    expect(g.people).not.toContain('Comisión Europea');
    expect(g.people).toContain('Donald Tusk');
    expect(g.places).toContain('Albania');
  });
  it('Norwegian: known agencies and places stay', () => {
    const g = glance('no-Dagbladet_2026_01_06', 'nb');
    expect(g.people).toEqual(expect.arrayContaining(['Nicolas Maduro', 'Donald Trump']));
    expect(g.organizations).toEqual(expect.arrayContaining(['KCNA', 'Reuters']));
    expect(g.places).toEqual(expect.arrayContaining(['Venezuela', 'Seoul', 'Pyongyang']));
    expect(g.places).not.toContain('Ifølge Park');
  });
  it('English with a region subtag, or with no language at all, keeps the English rules', () => {
    const text = 'Park Won-gon, a professor at Ewha Womans University, said talks had stalled. Park spoke in Seoul.';
    for (const lang of ['en-GB', 'EN', null]) {
      expect(atAGlance({ title: '', textContent: text, lang, publishedTime: null }).people).toContain('Park Won-gon');
    }
  });
});
