/**
 * Numbers with their unit or the thing they count: "6,700 containers", "$400 million", "15%",
 * "1조 2,000억 원" (value 1.2e12), "35만6509㎞". Years, dates and clock times are left to findDates.
 */
import type { GlanceNumber } from '../../types';
import { allMatches } from '../../text';

const SCALE_EN: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₩': 'KRW', '¥': 'JPY' };
const KO_SCALE: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3 };
const EN_SKIP_UNITS = new Set(
  'a an the of to in on at and or for by from with than as per is are was were be has have had this that it its he she they their his her years-old'.split(' '),
);
/** Counting units only: ranks and editions (1위, 54회, 21대) are not amounts. */
const KO_UNIT_LIST =
  '원|달러|유로|엔|위안|페소|명|개|건|곳|가구|마리|척|발|배|개월|시간|분|권|편|차례|표|석|채|톤|t|kg|km|㎞|㎡|cm|mm|ha|%|％|퍼센트|포인트|%p|개국|개소|가지|그루|병|잔|kWh|MW|GW|GB|TB|㏊';
/** What may follow a unit inside the same word: particles and copulas ("6,700개를", "㎞다"). */
const KO_AFTER_UNIT = '(?=$|[^가-힣A-Za-z]|(?:은|는|이|가|을|를|의|에|에서|와|과|도|로|으로|만|씩|까지|부터|나|이나|다|이다|였다|이며|이고|가량|이상|이하|안팎|정도|당|인|에게|보다|대)(?![가-힣]))';
/** English words that name what a number counts. */
const EN_UNIT_WORDS = /^(?:[a-z]+s|people|won|yen|yuan|men|women|children|staff|personnel|km|kg|mph|percent)$/;
/** Longest first, so "개월" wins over "개". */
const KO_UNITS = KO_UNIT_LIST.split('|').sort((a, b) => b.length - a.length).join('|');

/** A month name right before a number: "Jan. 5" is a date. */
const MONTH_BEFORE = /(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s$/;

const parseNum = (s: string) => Number(s.replace(/,/g, ''));

/** Korean amount "1조 2,000억" / "35만6509" → 1.2e12 / 356509. */
export function koreanAmount(text: string): number | null {
  let total = 0;
  let matched = false;
  for (const m of allMatches(/(\d[\d,]*(?:\.\d+)?)\s*(조|억|만|천)?/g, text)) {
    matched = true;
    total += parseNum(m[1]) * (m[2] ? KO_SCALE[m[2]] : 1);
  }
  return matched && Number.isFinite(total) ? total : null;
}

function englishNumbers(text: string, push: (n: GlanceNumber, at: number) => void): void {
  const re = /([$£€₩¥])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|m)\b)?(\s?(?:%|percent\b|per cent\b))?(?:[\s-]+([a-z][a-z-]{1,20}(?:\s[a-z][a-z-]{1,20})?))?/g;
  for (const m of allMatches(re, text)) {
    const [, currency, digits, scale, percent, words] = m;
    // What the number counts: the next word, or the one after an adjective ("24 advanced technologies").
    const [w1, w2] = (words ?? '').split(' ');
    const nounWords = w1 && EN_UNIT_WORDS.test(w1) && !EN_SKIP_UNITS.has(w1) ? w1 : w2 && EN_UNIT_WORDS.test(w2) && !EN_SKIP_UNITS.has(w1) ? `${w1} ${w2}` : '';
    const noun = nounWords ? nounWords.split(' ').pop()! : '';
    const whole = m[0].slice(0, m[0].length - (words?.length ?? 0)).replace(/[\s-]+$/, '') + (nounWords ? m[0].slice(m[0].length - (words?.length ?? 0) - 1, m[0].length - (words?.length ?? 0)) + nounWords : '');
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + whole.length, at + whole.length + 3);
    if (/[:\d.]$/.test(before) || /^[:.]\d/.test(after)) continue; // clock times, versions
    if (MONTH_BEFORE.test(before)) continue;
    if (/\d/.test(text[at + whole.length] ?? '')) continue;
    const value = parseNum(digits) * (scale ? SCALE_EN[scale] : 1);
    const isYear = !currency && !scale && !percent && /^(1[89]|20)\d\d$/.test(digits);
    if (isYear) continue;
    const bare = whole.slice(0, whole.length - nounWords.length).replace(/[\s-]+$/, '').trim();
    let unit: string | null = null;
    let shown = whole.trim();
    if (percent) { unit = '%'; shown = bare; }
    else if (currency) { unit = CURRENCY[currency]; shown = bare; }
    else if (noun === 'won' || noun === 'yen' || noun === 'yuan') unit = noun;
    else if (noun) unit = noun;
    else shown = bare;
    if (!unit && !scale) continue; // a bare number says little without what it counts
    push({ text: shown, value, unit }, at);
  }
}

/** A Korean amount with its counting unit: "1조 2,000억 원", "35만6509㎞", "6,700여 개". */
const KO_NUMBER = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[조억만천](?:\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?[억만천]?)*)?)\\s?(여\\s?)?(${KO_UNITS})${KO_AFTER_UNIT}`, 'g');

function koreanNumbers(text: string, push: (n: GlanceNumber, at: number) => void): void {
  for (const m of allMatches(KO_NUMBER, text)) {
    const at = m.index!;
    if (/[\d.:]$/.test(text.slice(Math.max(0, at - 1), at))) continue;
    const unit = m[3] === '％' || m[3] === '퍼센트' ? '%' : m[3];
    push({ text: m[0].trim(), value: koreanAmount(m[1]), unit }, at);
  }
}

/**
 * Spans [start, end) added mostly in order of start. Each ascending stretch keeps the largest end
 * so far, so "does any span cover x" is a binary search per stretch (one per language pass).
 */
class Spans {
  private readonly runs: { starts: number[]; maxEnds: number[] }[] = [];

  add(start: number, end: number): void {
    let run = this.runs[this.runs.length - 1];
    if (!run || start < run.starts[run.starts.length - 1]) {
      run = { starts: [], maxEnds: [] };
      this.runs.push(run);
    }
    run.starts.push(start);
    run.maxEnds.push(Math.max(end, run.maxEnds[run.maxEnds.length - 1] ?? -Infinity));
  }

  covers(x: number): boolean {
    for (const { starts, maxEnds } of this.runs) {
      // The last span starting at or before x.
      let lo = 0;
      let hi = starts.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (starts[mid] <= x) lo = mid + 1;
        else hi = mid;
      }
      if (lo > 0 && maxEnds[lo - 1] > x) return true;
    }
    return false;
  }
}

/** Numbers mentioned in `text` with their units, first mention first (at most 12). */
export function findNumbers(text: string, korean: boolean): GlanceNumber[] {
  const found: { n: GlanceNumber; at: number }[] = [];
  const texts = new Set<string>();
  const spans = new Spans();
  // A number is new if no earlier one has the same text or a span covering its start.
  const push = (n: GlanceNumber, at: number) => {
    if (texts.has(n.text) || spans.covers(at)) return;
    found.push({ n, at });
    texts.add(n.text);
    spans.add(at, at + n.text.length);
  };
  if (korean) koreanNumbers(text, push);
  englishNumbers(text, push);
  return found.sort((a, b) => a.at - b.at).slice(0, 12).map((f) => f.n);
}
