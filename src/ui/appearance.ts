/**
 * Applies theme, text size and typography to a page: html[data-theme], html[data-font] and the
 * --lede-text-scale, --lede-line-scale and --lede-content-width variables (styles/base.css and
 * view.css draw from them), so a settings change restyles the open view without re-rendering it.
 */
import type { Theme } from '../shared/settings-schema';
import {
  CONTENT_WIDTH_EM, DEFAULT_TYPOGRAPHY, LINE_HEIGHT_SCALE, textScale,
  type ContentWidth, type FontFamily, type LineHeight,
} from '../shared/settings-schema';

export interface Appearance {
  theme: Theme;
  /** Text size step (see settings-schema textScale). */
  textSize: number;
  /** Typography (shared/typography.ts); the defaults where absent. */
  fontFamily?: FontFamily;
  lineHeight?: LineHeight;
  contentWidth?: ContentWidth;
}

/** 'system' removes the attribute so prefers-color-scheme decides (see styles/base.css). */
export function applyAppearance(doc: Document, appearance: Appearance): void {
  const root = doc.documentElement;
  if (appearance.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', appearance.theme);
  root.style.setProperty('--lede-text-scale', String(textScale(appearance.textSize)));
  const font = appearance.fontFamily ?? DEFAULT_TYPOGRAPHY.fontFamily;
  const lineHeight = appearance.lineHeight ?? DEFAULT_TYPOGRAPHY.lineHeight;
  const width = appearance.contentWidth ?? DEFAULT_TYPOGRAPHY.contentWidth;
  root.setAttribute('data-font', font);
  root.setAttribute('data-line-height', lineHeight);
  root.setAttribute('data-content-width', width);
  root.style.setProperty('--lede-line-scale', String(LINE_HEIGHT_SCALE[lineHeight]));
  root.style.setProperty('--lede-content-width', `${CONTENT_WIDTH_EM[width]}em`);
}
