/** Words for the read-aloud notes: a language's name, and where this system installs voices. */
import { t, type MessageKey } from '../i18n';

/** 'ko' → 'Korean' (or '한국어' in a Korean UI); the code itself where names are unavailable. */
export function languageName(lang: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale, 'en'], { type: 'language' }).of(lang) ?? lang;
  } catch {
    return lang;
  }
}

/** The install instructions for the system in `userAgent` (all of them when it can't be told). */
export function installHintKey(userAgent: string): MessageKey {
  if (/Windows/i.test(userAgent)) return 'voiceInstallWindows';
  if (/CrOS/i.test(userAgent)) return 'voiceInstallChromeOS';
  if (/Android/i.test(userAgent)) return 'voiceInstallAndroid';
  if (/Mac OS X|Macintosh/i.test(userAgent)) return 'voiceInstallMac';
  if (/Linux|X11|BSD/i.test(userAgent)) return 'voiceInstallLinux';
  return 'voiceInstallOther';
}

export function installHint(userAgent: string): string {
  return t(installHintKey(userAgent));
}
