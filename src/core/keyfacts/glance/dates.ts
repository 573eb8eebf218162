/**
 * Dates as written ("April 19", "Wednesday", "last month", "지난달 27일", "오는 3일", "이날"),
 * resolved against the published time where possible. Korean articles are resolved in KST.
 */
import type { GlanceDate } from '../../types';
import { allMatches } from '../../text';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_RE = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|March|Mar\\.|April|Apr\\.|May|June|July|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const KO_WEEKDAYS = ['일요일', '월요일', '화요일', '수요일', '목요일', '금요일', '토요일'];

interface Day { y: number; m: number; d: number } // m: 1..12

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (x: Day) => `${x.y}-${pad(x.m)}-${pad(x.d)}`;
const isoMonth = (y: number, m: number) => { const t = new Date(Date.UTC(y, m - 1, 1)); return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}`; };
const addDays = (x: Day, n: number): Day => {
  const t = new Date(Date.UTC(x.y, x.m - 1, x.d + n));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
};
const weekday = (x: Day) => new Date(Date.UTC(x.y, x.m - 1, x.d)).getUTCDay();
const validDay = (y: number, m: number, d: number) => m >= 1 && m <= 12 && d >= 1 && d <= new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The publication day: the local date as written in the timestamp, or its KST date for Korean. */
export function publicationDay(publishedTime: string | null | undefined, korean: boolean): Day | null {
  if (!publishedTime) return null;
  const t = Date.parse(publishedTime);
  if (korean && !Number.isNaN(t)) {
    const k = new Date(t + 9 * 3600_000);
    return { y: k.getUTCFullYear(), m: k.getUTCMonth() + 1, d: k.getUTCDate() };
  }
  const m = publishedTime.match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  if (Number.isNaN(t)) return null;
  const u = new Date(t);
  return { y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() };
}

/** Day of month `d` nearest to `base` (this month, or the one before/after). */
function nearestDayOfMonth(base: Day, d: number, direction: -1 | 0 | 1): Day | null {
  const options: Day[] = [];
  for (const shift of [-1, 0, 1]) {
    const t = new Date(Date.UTC(base.y, base.m - 1 + shift, 1));
    const y = t.getUTCFullYear(), m = t.getUTCMonth() + 1;
    if (validDay(y, m, d)) options.push({ y, m, d });
  }
  const diff = (x: Day) => (Date.UTC(x.y, x.m - 1, x.d) - Date.UTC(base.y, base.m - 1, base.d)) / 86400_000;
  const fits = options.filter((x) => (direction < 0 ? diff(x) <= 0 : direction > 0 ? diff(x) >= 0 : true));
  fits.sort((a, b) => Math.abs(diff(a)) - Math.abs(diff(b)));
  return fits[0] ?? null;
}

/** The weekday named in a past-tense report: on or before the publication day (within 6 days). */
function recentWeekday(base: Day, target: number, direction: -1 | 1): Day {
  let delta = (target - weekday(base) + 7) % 7;
  if (direction < 0 && delta > 0) delta -= 7;
  if (direction > 0 && delta === 0) delta = 7;
  return addDays(base, delta);
}

type Push = (text: string, date: string | null, at: number) => void;

/** "April 19", "April 19, 2024", "19 April 2024", "July 2023". */
const ABSOLUTE_EN = new RegExp(`\\b(${MONTH_RE})\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b|\\b(\\d{1,2})\\s+(${MONTH_RE})(?:\\s+(\\d{4}))?\\b|\\b(${MONTH_RE})\\s+(\\d{4})\\b`, 'g');

function englishDates(text: string, base: Day | null, push: Push): void {
  for (const m of allMatches(ABSOLUTE_EN, text)) {
    const monthName = (m[1] ?? m[5] ?? m[7]).toLowerCase().slice(0, 3);
    const month = MONTHS.findIndex((x) => x.startsWith(monthName)) + 1;
    if (m[8]) { push(m[0], isoMonth(+m[8], month), m.index!); continue; }
    const day = +(m[2] ?? m[4]);
    const year = m[3] ?? m[6] ? +(m[3] ?? m[6])! : base ? guessYear(base, month) : null;
    push(m[0], year && validDay(year, month, day) ? iso({ y: year, m: month, d: day }) : null, m.index!);
  }
  const relative = /\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\b(today|yesterday|tomorrow)\b|\b(last|next|this)\s+(month|year|week)\b/gi;
  for (const m of allMatches(relative, text)) {
    let date: string | null = null;
    if (base && m[2]) {
      const dir = m[1]?.toLowerCase() === 'next' ? 1 : -1;
      date = iso(recentWeekday(base, WEEKDAYS.indexOf(m[2].toLowerCase()), dir));
    } else if (base && m[3]) {
      date = iso(addDays(base, { today: 0, yesterday: -1, tomorrow: 1 }[m[3].toLowerCase() as 'today']));
    } else if (base && m[5]?.toLowerCase() === 'month') {
      date = isoMonth(base.y, base.m + ({ last: -1, next: 1, this: 0 }[m[4].toLowerCase() as 'last']));
    }
    push(m[0], date, m.index!);
  }
}

/** A month without a year: the publication year, or an adjacent one when that is much closer. */
function guessYear(base: Day, month: number): number {
  if (month - base.m > 6) return base.y - 1;
  if (base.m - month > 9) return base.y + 1; // "Jan. 5" in a December article
  return base.y;
}

function koreanDates(text: string, base: Day | null, push: Push): void {
  const re = /(?:(\d{4})년\s*)?(\d{1,2})월\s*(\d{1,2})일|(\d{4})년\s*(\d{1,2})월|(지난|오는)\s*(\d{1,2})일|(지난달|이달|다음달|내달)(?:\s*(\d{1,2})일)?|(이날|오늘|어제|내일|그제|모레)|(?:(지난|오는|다음)\s*)?([월화수목금토일]요일)|(?<![\d년월]|박\s?)(\d{1,2})일(?![\d간째])|(지난해|작년|올해|금년|내년)\s*(\d{1,2})월(?:\s*(\d{1,2})일)?/g;
  for (const m of allMatches(re, text)) {
    let date: string | null = null;
    if (m[2]) {
      const y = m[1] ? +m[1] : base ? guessYear(base, +m[2]) : null;
      date = y && validDay(y, +m[2], +m[3]) ? iso({ y, m: +m[2], d: +m[3] }) : null;
    } else if (m[4]) {
      date = isoMonth(+m[4], +m[5]);
    } else if (base && m[7]) {
      const d = nearestDayOfMonth(base, +m[7], m[6] === '지난' ? -1 : 1);
      date = d ? iso(d) : null;
    } else if (base && m[8]) {
      const shift = m[8] === '지난달' ? -1 : m[8] === '이달' ? 0 : 1;
      const month = isoMonth(base.y, base.m + shift);
      const [y, mo] = month.split('-').map(Number);
      date = m[9] ? (validDay(y, mo, +m[9]) ? iso({ y, m: mo, d: +m[9] }) : null) : month;
    } else if (base && m[10]) {
      date = iso(addDays(base, { 이날: 0, 오늘: 0, 어제: -1, 그제: -2, 내일: 1, 모레: 2 }[m[10] as '이날']));
    } else if (base && m[12]) {
      date = iso(recentWeekday(base, KO_WEEKDAYS.indexOf(m[12]), m[11] === '오는' || m[11] === '다음' ? 1 : -1));
    } else if (base && m[14]) {
      const y = base.y + ({ 지난해: -1, 작년: -1, 내년: 1 }[m[14] as '작년'] ?? 0);
      date = m[16] ? (validDay(y, +m[15], +m[16]) ? iso({ y, m: +m[15], d: +m[16] }) : null) : isoMonth(y, +m[15]);
    } else if (base && m[13]) {
      const d = nearestDayOfMonth(base, +m[13], 0);
      date = d ? iso(d) : null;
    }
    push(m[0].trim(), date, m.index!);
  }
}

/** Dates mentioned in `text`, first mention first, each distinct wording once. */
export function findDates(text: string, publishedTime: string | null | undefined, korean: boolean): GlanceDate[] {
  const base = publicationDay(publishedTime, korean);
  const found: { text: string; date: string | null; at: number }[] = [];
  const seen = new Set<string>();
  const push: Push = (t, date, at) => { if (!seen.has(t)) { seen.add(t); found.push({ text: t, date, at }); } };
  if (korean) koreanDates(text, base, push);
  englishDates(text, base, push);
  return found.sort((a, b) => a.at - b.at).slice(0, 12).map(({ text: t, date }) => ({ text: t, date }));
}
