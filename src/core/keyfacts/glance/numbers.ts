/**
 * Numbers with their unit or the thing they count: "6,700 containers", "$400 million", "15%",
 * "1조 2,000억 원" (value 1.2e12), "35만6509㎞". Years, dates and clock times are left to findDates.
 */
import type { GlanceNumber } from '../../types';

const SCALE_EN: Record<string, number> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, m: 1e6, bn: 1e9 };
const CURRENCY: Record<string, string> = { $: 'USD', '£': 'GBP', '€': 'EUR', '₩': 'KRW', '¥': 'JPY' };
const KO_SCALE: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3 };
const EN_SKIP_UNITS = new Set(
  'a an the of to in on at and or for by from with than as per is are was were be has have had this that it its he she they their his her years-old'.split(' '),
);
const KO_UNIT_LIST =
  '원|달러|유로|엔|위안|명|개|건|곳|가구|마리|대|척|발|배|세|개월|주|시간|분|초|권|편|회|차례|표|석|채|톤|t|kg|g|km|㎞|m|㎡|cm|mm|ha|%|％|퍼센트|포인트|p|도|층|호|기|종|개국|개소|단계|차|위|점|kWh|MW|GB|TB|㏊';
/** Longest first, so "개월" wins over "개". */
const KO_UNITS = KO_UNIT_LIST.split('|').sort((a, b) => b.length - a.length).join('|');

const parseNum = (s: string) => Number(s.replace(/,/g, ''));

/** Korean amount "1조 2,000억" / "35만6509" → 1.2e12 / 356509. */
export function koreanAmount(text: string): number | null {
  let total = 0;
  let matched = false;
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(조|억|만|천)?/g)) {
    matched = true;
    total += parseNum(m[1]) * (m[2] ? KO_SCALE[m[2]] : 1);
  }
  return matched && Number.isFinite(total) ? total : null;
}

function englishNumbers(text: string, push: (n: GlanceNumber, at: number) => void): void {
  const re = /([$£€₩¥])?\s?(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?(thousand|million|billion|trillion|bn|m)\b)?(\s?(?:%|percent\b|per cent\b))?(?:[\s-]+([a-z][a-z-]{2,20}))?/g;
  for (const m of text.matchAll(re)) {
    const [whole, currency, digits, scale, percent, noun] = m;
    const at = m.index!;
    const before = text.slice(Math.max(0, at - 12), at);
    const after = text.slice(at + whole.length, at + whole.length + 3);
    if (/[:\d.]$/.test(before) || /^[:.]\d/.test(after)) continue; // clock times, versions
    if (new RegExp(`(?:${'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec'})[a-z]*\\.?\\s$`).test(before)) continue;
    if (/\d/.test(text[at + whole.length] ?? '')) continue;
    const value = parseNum(digits) * (scale ? SCALE_EN[scale] : 1);
    const isYear = !currency && !scale && !percent && /^(1[89]|20)\d\d$/.test(digits);
    if (isYear) continue;
    let unit: string | null = null;
    let shown = whole.trim();
    if (percent) { unit = '%'; shown = shown.slice(0, shown.length - (noun ? noun.length : 0)).replace(/[\s-]+$/, ''); }
    else if (currency) { unit = CURRENCY[currency]; if (noun) shown = shown.slice(0, -noun.length).replace(/[\s-]+$/, ''); }
    else if (noun && !EN_SKIP_UNITS.has(noun)) unit = noun;
    else shown = shown.slice(0, shown.length - (noun?.length ?? 0)).replace(/[\s-]+$/, '');
    if (!unit && !scale) continue; // a bare number says little without what it counts
    push({ text: shown, value, unit }, at);
  }
}

function koreanNumbers(text: string, push: (n: GlanceNumber, at: number) => void): void {
  const re = new RegExp(`(\\d[\\d,]*(?:\\.\\d+)?(?:\\s?[조억만천](?:\\s?\\d[\\d,]*(?:\\.\\d+)?\\s?[억만천]?)*)?)\\s?(여\\s?)?(${KO_UNITS})(?![A-Za-z])`, 'g');
  for (const m of text.matchAll(re)) {
    const at = m.index!;
    if (/[\d.:]$/.test(text.slice(Math.max(0, at - 1), at))) continue;
    const unit = m[3] === '％' || m[3] === '퍼센트' ? '%' : m[3];
    push({ text: m[0].trim(), value: koreanAmount(m[1]), unit }, at);
  }
}

/** Numbers mentioned in `text` with their units, first mention first (at most 12). */
export function findNumbers(text: string, korean: boolean): GlanceNumber[] {
  const found: { n: GlanceNumber; at: number }[] = [];
  const push = (n: GlanceNumber, at: number) => {
    if (!found.some((f) => f.n.text === n.text || (f.at <= at && at < f.at + f.n.text.length))) found.push({ n, at });
  };
  if (korean) koreanNumbers(text, push);
  englishNumbers(text, push);
  return found.sort((a, b) => a.at - b.at).slice(0, 12).map((f) => f.n);
}
