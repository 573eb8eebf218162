/** Dates and reading time for the article header, in the reader's own locale. */

export interface FormattedTime {
  /** Human text, e.g. "Nov 27, 2026, 8:14 PM" or "2026. 11. 27. 오후 8:14". */
  text: string;
  /** Machine value for <time datetime>. */
  dateTime: string;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats an ISO 8601 timestamp with Intl.DateTimeFormat in `locale` (the browser's time zone).
 * Date-only values are shown without a time. Returns null for missing or unparsable input.
 */
export function formatArticleTime(iso: string | null | undefined, locale: string, timeZone?: string): FormattedTime | null {
  if (!iso) return null;
  const value = iso.trim();
  const dateOnly = DATE_ONLY.test(value);
  // A bare date is a calendar day, not midnight UTC: pin it to noon UTC and show it in UTC.
  const date = new Date(dateOnly ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(date.getTime())) return null;
  const options: Intl.DateTimeFormatOptions = dateOnly
    ? { dateStyle: 'medium', timeZone: 'UTC' }
    : { dateStyle: 'medium', timeStyle: 'short', timeZone };
  let text: string;
  try {
    text = new Intl.DateTimeFormat(locale, options).format(date);
  } catch {
    text = new Intl.DateTimeFormat('en', options).format(date);
  }
  return { text, dateTime: dateOnly ? value : date.toISOString() };
}

/** True when `modified` is a real update: later than `published` by at least a minute. */
export function isMeaningfulUpdate(published: string | null | undefined, modified: string | null | undefined): boolean {
  if (!modified) return false;
  const modifiedMs = Date.parse(modified);
  if (Number.isNaN(modifiedMs)) return false;
  if (!published) return true;
  const publishedMs = Date.parse(published);
  if (Number.isNaN(publishedMs)) return true;
  return modifiedMs - publishedMs >= 60_000;
}

/** Whole minutes for display: at least 1 unless the article is tiny (then null → "under a minute"). */
export function displayMinutes(readingMinutes: number): number | null {
  if (!Number.isFinite(readingMinutes) || readingMinutes <= 0) return null;
  if (readingMinutes < 1) return null;
  return Math.round(readingMinutes);
}

/** The host name without a leading "www.", for display ("koreaherald.com"). */
export function displayHost(url: string | null | undefined): string {
  if (!url) return '';
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
