/**
 * The text's own language decides which name rules read it (rule textLanguage): pages of
 * corpus/extraction-dev declare lang="en" over German and Spanish articles, or declare nothing.
 */
import { describe, expect, it } from 'vitest';
import { atAGlance } from '../../../src/core/keyfacts';
import { readsAsEnglish } from '../../../src/core/keyfacts/glance/latin-language';
import { RULES } from '../../../src/core/keyfacts/glance/rules';

// dev:berkutschi.com-willingen.html (declares lang="en"), opening of the extracted article.
const GERMAN = 'Der Norweger Marius Lindvik hat den abschließenden Wettkampf des Wochenende in Willingen gewonnen. Lindvik setzte sich auf '
  + 'der HS 147 Meter Mühlenkopfschanze von Willingen vor Karl Geiger (GER) und dem Slowenen Cene Prevc durch. Karl Geiger holte sich mit '
  + 'dem zweiten Platz die Weltcupführung von Ryoyu Kobayashi zurück.\n\nDer Weltcup der Skispringer bleibt extrem spannend. Karl Geiger '
  + 'hat sich mit mit dem zweiten Platz in der Tageswertung von Willingen das Gelbe Trikot zurück erobert, das er am Samstag an den Japaner '
  + 'Ryoyu Kobayashi verloren hatte.';
// dev:elfaro.net-asamblea.html (declares lang="en").
const SPANISH = 'Durante la más reciente sesión plenaria, este martes 19 de abril, el presidente de la Asamblea Legislativa, Ernesto Castro, '
  + 'coronó a gritos una semana en la que el bukelismo insultó y atacó a distintos periodistas a quienes llegó a tachar de terroristas o '
  + 'pandilleros. Castro, exsecretario privado de Bukele y hoy presidente del Legislativo, fue estridente en su tono contra los periodistas '
  + 'e investigadores del fenómeno de las pandillas en El Salvador.';
// pages:yna-en-1.html: a stock table, with hardly a function word of any language.
const STOCKS = 'Asiana Airlines 13,310 UP 70\n\nPOSCO Holdings 412,000 DN 2,500\n\nDB INSURANCE 82,400 UP 700\n\nLS 97,000 UP 4,100\n\n'
  + 'SamsungElec 65,500 DN 100\n\nNHIS 9,420 UP 50\n\nGC Corp 129,400 DN 4,800\n\nGS E&C 21,850 UP 200';
const ENGLISH = 'Jeremy Hunt, who replaced Kwasi Kwarteng as chancellor shortly afterwards, said it was a mistake by the government to "fly blind". '
  + 'The Office for Budget Responsibility said the forecast for the year was not a surprise, and that the debt would be higher than it had been.';

const glance = (text: string, lang: string | null) => atAGlance({ title: '', textContent: text, lang, publishedTime: null });

describe('readsAsEnglish', () => {
  it('tells German and Spanish from English by their function words', () => {
    expect(readsAsEnglish(GERMAN)).toBe(false);
    expect(readsAsEnglish(SPANISH)).toBe(false);
    expect(readsAsEnglish(ENGLISH)).toBe(true);
  });

  it('leaves a text with few function words of any language English (a stock table)', () => {
    expect(readsAsEnglish(STOCKS)).toBe(true);
  });
});

describe('glance on a page that declares the wrong language', () => {
  it('reads German declared English as German: no "Der Norweger Marius Lindvik", "Weltcupführung von Ryoyu Kobayashi"', () => {
    const people = glance(GERMAN, 'en').people;
    expect(people).toContain('Karl Geiger');
    expect(people.filter((p) => /^(?:Der|Die|Das)\s|\svon\s/.test(p))).toEqual([]);
    RULES.textLanguage = false;
    try {
      expect(glance(GERMAN, 'en').people.some((p) => /^(?:Der|Die|Das)\s|\svon\s/.test(p))).toBe(true);
    } finally {
      RULES.textLanguage = true;
    }
  });

  it('reads Spanish with no declared language as Spanish: "Asamblea Legislativa" is no person', () => {
    expect(glance(SPANISH, null).people).not.toContain('Asamblea Legislativa');
    RULES.textLanguage = false;
    try {
      expect(glance(SPANISH, null).people).toContain('Asamblea Legislativa');
    } finally {
      RULES.textLanguage = true;
    }
  });

  it('keeps reading English as English', () => {
    expect(glance(ENGLISH, 'en').people).toEqual(expect.arrayContaining(['Jeremy Hunt', 'Kwasi Kwarteng']));
  });
});
