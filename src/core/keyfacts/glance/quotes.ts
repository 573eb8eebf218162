/**
 * Direct quotes with their speaker. English: '"…," X said', 'X said: "…"', '"…," said X'.
 * Korean: 'X는 "…"라고 말했다' / '"…"고 X는 밝혔다'. Pronoun speakers (he, she, it) are
 * resolved to the last named person or organisation mentioned before the quote.
 */
import type { GlanceQuote } from '../../types';
import { isKoreanName, KO_PERSON_TITLES, stripParticle } from './korean';
import { allMatches } from '../../text';

const SPEECH_VERBS = 'said|says|told|added|noted|stressed|wrote|explained|insisted|warned|stated|asked|argued|claimed|declared|continued|tweeted|posted|announced|read';
const QUOTE = /“([^“”]{20,600})”|"([^"]{20,600})"|(?:^|[\s(:])[‘']([^‘’']{20,600}[.,!?])[’']/g;
const PERSON_PRONOUN = /^(?:he|she)$/i;
const OTHER_PRONOUN = /^(?:it|they|the ministry|the company|the statement|the official|officials)$/i;

/** '," X said' / ', said X' right after a quote. */
const SPEAKER_AFTER = new RegExp(`^\\s*,?\\s*(?:(${SPEECH_VERBS})\\s+([A-Z][^,.;"“”]{1,60}?|he|she|they|it)|([A-Z][^,.;"“”]{0,60}?|[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Tt]he [a-z]+(?: [a-z]+)?)\\s+(?:${SPEECH_VERBS}))\\b`);
/** 'X said: ' right before a quote. */
const SPEAKER_BEFORE = new RegExp(`([A-Z][\\w.'’-]*(?:\\s+[A-Z][\\w.'’-]*){0,4}|[Hh]e|[Ss]he|[Tt]hey)\\s+(?:${SPEECH_VERBS})(?:\\s+[^:"“]{0,40})?[:,]?\\s*$`);

function englishSpeaker(before: string, after: string): string | null {
  const a = after.match(SPEAKER_AFTER);
  if (a) return (a[2] ?? a[3]).trim();
  const b = before.match(SPEAKER_BEFORE);
  return b ? b[1] : null;
}

const KO_TITLE_END = new RegExp(`(?:${KO_PERSON_TITLES}|위원|연구위원|관계자|측|당국|정부)$`);

function koreanSpeaker(before: string, after: string, known: string[]): string | null {
  // Subject before the quote: the last word with 은/는 (plus a name or organisation just before it).
  const words = before.trim().split(/\s+/).filter(Boolean);
  for (let i = words.length - 1; i >= 0 && i >= words.length - 6; i--) {
    if (!/^[가-힣A-Za-z]+[은는]$/.test(words[i]) || /^(?:이날|그러면서|한편|또|특히|이는|이번)$/.test(words[i])) continue;
    const head: string[] = [];
    for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
      const w = words[j];
      if (!/^[가-힣A-Za-z]+$/.test(w) || (w.length > 1 && /[은는이가을를에서로며고다]$/.test(w) && !known.includes(w))) break;
      head.unshift(w);
    }
    const speaker = [...head, stripParticle(words[i])].join(' ');
    const plausible = KO_TITLE_END.test(speaker) || known.some((k) => speaker.includes(k)) || isKoreanName(speaker);
    return plausible ? speaker : null;
  }
  // '"…"라고 X는 말했다'
  const m = after.match(/^(?:라고|이라고|고|며|라며)\s+([가-힣A-Za-z ]{2,30}?)[은는이가]\s/);
  return m && (KO_TITLE_END.test(m[1]) || known.some((k) => m[1].includes(k))) ? m[1].trim() : null;
}

/**
 * The last of `names` (in list order) in the last sentence before `index` that has any of them.
 * Sentences are read once, forwards, as far as they are asked about.
 */
function lastMentioned(sentenceList: string[], names: string[]): (index: number) => string | null {
  let read = 0;
  let last: string | null = null;
  return (index) => {
    for (; read < index; read++) {
      const sentence = sentenceList[read];
      for (let k = names.length - 1; k >= 0; k--) {
        if (sentence.includes(names[k])) { last = names[k]; break; }
      }
    }
    return last;
  };
}

/** Quotes of at least 20 characters with their speaker when one can be found. */
export function findQuotes(sentenceList: string[], korean: boolean, people: string[], orgs: string[]): GlanceQuote[] {
  const out: GlanceQuote[] = [];
  const lastPerson = lastMentioned(sentenceList, people);
  const lastOrg = lastMentioned(sentenceList, orgs);
  const known = korean ? [...people, ...orgs] : [];
  const seen = new Set<string>();
  for (let i = 0; i < sentenceList.length; i++) {
    const sentence = sentenceList[i];
    let previousEnd = 0;
    for (const m of allMatches(QUOTE, sentence)) {
      const raw = (m[1] ?? m[2] ?? m[3]).trim();
      const start = m.index! + m[0].indexOf(raw);
      const before = sentence.slice(previousEnd, Math.max(previousEnd, start - 1));
      previousEnd = start + raw.length + 1;
      const after = sentence.slice(start + raw.length + 1);
      let speaker = korean ? koreanSpeaker(before, after, known) : englishSpeaker(before, after);
      if (!speaker && !/[.!?,]$/.test(raw)) continue; // a scare-quoted phrase, not speech
      if (speaker && PERSON_PRONOUN.test(speaker)) speaker = lastPerson(i) ?? speaker;
      else if (speaker && OTHER_PRONOUN.test(speaker)) speaker = out.at(-1)?.speaker ?? lastOrg(i) ?? speaker;
      else if (speaker && korean) speaker = fullKoreanName(speaker, people);
      const text = raw.replace(/,$/, '');
      if (!seen.has(text)) { seen.add(text); out.push({ text, speaker }); }
    }
    if (out.length >= 8) break;
  }
  return out;
}

/** "신 장관" → "신원식 장관" when the article named 신원식 before. */
function fullKoreanName(speaker: string, people: string[]): string {
  const [first, ...rest] = speaker.split(' ');
  if (first.length !== 1) return speaker;
  const person = people.find((p) => p.startsWith(first));
  return person ? [person, ...rest].join(' ') : speaker;
}
