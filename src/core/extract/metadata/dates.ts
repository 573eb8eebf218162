/**
 * Date strings as news pages print them, turned into ISO 8601 with an offset.
 * Shapes handled: ISO with offset / "Z" / offset without colon ("+0900"); "YYYY-MM-DD HH:MM:SS"
 * without zone; "YYYY.MM.DD HH:MM", "2017.04.20. 오후 3:53", "입력 2023.04.07 (19:13)",
 * "2017/06/01 18:10"; "15:34 April 19, 2023", "Apr 19, 2023 - 15:10", "April 19, 2023 3:53 PM".
 * A time without zone takes `assumeOffsetMinutes` (KST, +540, on Korean sites); without that it is
 * returned without an offset rather than guessed.
 */

export interface DateOptions {
  /** Offset for times printed without a zone (Korean sites: 540). */
  assumeOffsetMinutes?: number | null;
  /** Render the instant in this offset (Korean sites: 540); default keeps the source offset. */
  outputOffsetMinutes?: number | null;
}

interface Parts { y: number; mo: number; d: number; h: number; mi: number; s: number; offset: number | null; hasTime: boolean }

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number, w = 2): string => String(Math.abs(n)).padStart(w, '0');

function offsetMinutes(zone: string | undefined): number | null {
  if (!zone) return null;
  if (zone === 'Z' || zone === 'z') return 0;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(zone);
  return m ? (m[1] === '-' ? -1 : 1) * (Number(m[2]) * 60 + Number(m[3])) : null;
}

function to24h(hour: number, meridiem: string | undefined): number {
  if (!meridiem) return hour;
  const pm = /오후|pm/i.test(meridiem);
  if (pm && hour < 12) return hour + 12;
  if (!pm && hour === 12) return 0;
  return hour;
}

const ISO = /(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?/;
const NUMERIC = /(\d{4})\s*[./년]\s*(\d{1,2})\s*[./월]\s*(\d{1,2})\s*[.일]?\s*(?:\([^\d)]{1,3}\)\s*)?(?:\(?\s*(오전|오후|AM|PM)?\s*(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?\)?)?/i;
const TIME_FIRST = /(\d{1,2}):(\d{2})\s*(AM|PM)?\s+([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})/i;
const MONTH_FIRST = /([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4})(?:\D{0,5}?(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(AM|PM)?)?/i;

function month(name: string): number {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? 0 : i + 1;
}

function parseParts(raw: string): Parts | null {
  const s = raw.trim();
  let m = ISO.exec(s);
  if (m) {
    return { y: +m[1], mo: +m[2], d: +m[3], h: +(m[4] ?? 0), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), offset: offsetMinutes(m[7]), hasTime: m[4] !== undefined };
  }
  m = NUMERIC.exec(s);
  if (m) {
    return { y: +m[1], mo: +m[2], d: +m[3], h: to24h(+(m[5] ?? 0), m[4] ?? m[8]), mi: +(m[6] ?? 0), s: +(m[7] ?? 0), offset: null, hasTime: m[5] !== undefined };
  }
  m = TIME_FIRST.exec(s);
  if (m && month(m[4])) {
    return { y: +m[6], mo: month(m[4]), d: +m[5], h: to24h(+m[1], m[3]), mi: +m[2], s: 0, offset: null, hasTime: true };
  }
  m = MONTH_FIRST.exec(s);
  if (m && month(m[1])) {
    return { y: +m[3], mo: month(m[1]), d: +m[2], h: to24h(+(m[4] ?? 0), m[7]), mi: +(m[5] ?? 0), s: +(m[6] ?? 0), offset: null, hasTime: m[4] !== undefined };
  }
  return null;
}

function render(utcMs: number, offset: number): string {
  const local = new Date(utcMs + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** ISO 8601 for a printed date, or null when it is not a recognisable date. */
export function parseDate(raw: string | null | undefined, options: DateOptions = {}): string | null {
  if (!raw) return null;
  const p = parseParts(raw);
  if (!p || p.mo < 1 || p.mo > 12 || p.d < 1 || p.d > 31 || p.h > 23 || p.mi > 59 || p.y < 1990 || p.y > 2100) return null;
  const offset = p.offset ?? options.assumeOffsetMinutes ?? null;
  if (offset === null) {
    const date = `${p.y}-${pad(p.mo)}-${pad(p.d)}`;
    return p.hasTime ? `${date}T${pad(p.h)}:${pad(p.mi)}:${pad(p.s)}` : date;
  }
  const utcMs = Date.UTC(p.y, p.mo - 1, p.d, p.h, p.mi, p.s) - offset * 60_000;
  return render(utcMs, options.outputOffsetMinutes ?? offset);
}
