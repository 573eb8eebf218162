/**
 * Date and time lines in any of the languages of the corpus ("Aktualisiert: 11.04.2020, 10:27",
 * "16 marca 2021", "Veröffentlichung: 2. Februar 2022", "3:59 PM"). A line is a date line when,
 * once its dates, times and publishing words are taken out, almost nothing is left.
 */

const MONTH = String.raw`(?:jan(?:uary|uar|vier|eiro)?|feb(?:ruary|ruar)?|f[ée]v(?:rier)?|fevereiro|m[aä]r(?:ch|z|s|zo|ço)?|apr(?:il)?|abr(?:il)?|avr(?:il)?|may|mai|mayo|maio|ma[jy]a?|jun[ei]?|juin|junio|junho|jul[iy]?|juil(?:let)?|julio|julho|aug(?:ust)?|ao[uû]t|agosto|sep(?:t(?:ember|embre|iembre)?)?|setembro|o[ck]t(?:ober|obre|ubre|ubro)?|nov(?:ember|embre|iembre|embro)?|de[cz](?:ember|embre|iembre|embro)?|d[ée]c(?:embre)?|dic(?:iembre)?|stycznia|lutego|marca|kwietnia|maja|czerwca|lipca|sierpnia|września|października|listopada|grudnia|styczeń|luty|marzec|kwiecień|czerwiec|lipiec|sierpień|wrzesień|październik|listopad|grudzień|gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre)\.?`;
const DATE_OR_TIME = new RegExp(
  [
    String.raw`\d{4}-\d{1,2}-\d{1,2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?`,
    String.raw`\d{1,2}\s?[./]\s?\d{1,2}\s?[./]\s?\d{2,4}`,
    String.raw`\d{4}[./]\d{1,2}[./]\d{1,2}`,
    String.raw`\d{1,2}\.?\s+(?:de\s+)?${MONTH}(?:\s+(?:de\s+)?\d{4})?`,
    String.raw`${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?(?:\s+\d{4})?`,
    String.raw`${MONTH}\s+\d{4}`,
    String.raw`\d{1,2}[:.h]\d{2}(?:\s?(?:am|pm|a\.m\.|p\.m\.|uhr|h))?`,
  ].join('|'),
  'giu',
);
const WEEKDAY = /\b(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?|\b(montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo|poniedziałek|wtorek|środa|czwartek|piątek|sobota|niedziela)\b/giu;
const LABEL = /\b(published|updated|last updated|posted|created|modified|date|on|at|am|um|uhr|von|by|and|und|erstellt|veröffentlicht|veröffentlichung|aktualisiert|publiziert|geändert|zuletzt|stand|datum|erschienen|geschrieben|le|à|mis à jour|publié|publication|publicado|actualizado|atualizado|em|el|de|del|a las|opublikowano|aktualizacja|dodano|data|godz|gmt|utc|cet|cest|mez|mesz|est|edt|pst|pdt|bst)\b/giu;

/** True for a short line that is nothing but a date/time, maybe with publishing words. */
export function isDateMetaLine(text: string): boolean {
  if (text.length > 90 || !/\d/.test(text)) return false;
  DATE_OR_TIME.lastIndex = 0;
  if (!DATE_OR_TIME.test(text)) return false;
  DATE_OR_TIME.lastIndex = 0;
  const rest = text.replace(DATE_OR_TIME, ' ').replace(WEEKDAY, ' ').replace(LABEL, ' ').replace(/[\s\d.,:;/|()\-–—·•|]+/g, '');
  return rest.length <= 3;
}
