/**
 * Typography settings (issue 11 §2): font, line spacing and content width, as named choices rather
 * than free numbers, so every stored value is one the views know how to draw. Pure: parsing and the
 * CSS values; the storage keys live in settings-schema.ts.
 */

/** 'system' is the operating system's UI font (system-ui), which is Korean-capable on Korean systems. */
export type FontFamily = 'serif' | 'sans' | 'system';
export type LineHeight = 'compact' | 'normal' | 'relaxed';
export type ContentWidth = 'narrow' | 'medium' | 'wide';

export const FONT_FAMILIES: readonly FontFamily[] = ['serif', 'sans', 'system'];
export const LINE_HEIGHTS: readonly LineHeight[] = ['compact', 'normal', 'relaxed'];
export const CONTENT_WIDTHS: readonly ContentWidth[] = ['narrow', 'medium', 'wide'];

/**
 * Sans (Gothic for Hangul) by default: most of what Lede reads is Korean news, which readers know
 * in Gothic on screen; leading and the 40em column are the look from before these settings existed.
 */
export const DEFAULT_TYPOGRAPHY = Object.freeze({
  fontFamily: 'sans' as FontFamily,
  lineHeight: 'normal' as LineHeight,
  contentWidth: 'medium' as ContentWidth,
});

/**
 * Multiplies each language's own leading (styles/view.css: about 1.7 for Latin text, 1.85 for
 * Hangul, which needs more room), so "compact" Korean stays roomier than compact English.
 */
export const LINE_HEIGHT_SCALE: Readonly<Record<LineHeight, number>> = { compact: 0.88, normal: 1, relaxed: 1.15 };

/** Column width of the reader tab and overlay, in em of the article text (the popup is a fixed 460 px). */
export const CONTENT_WIDTH_EM: Readonly<Record<ContentWidth, number>> = { narrow: 32, medium: 40, wide: 50 };

const oneOf = <T extends string>(values: readonly T[]) => (value: unknown): T | undefined =>
  typeof value === 'string' && (values as readonly string[]).includes(value) ? (value as T) : undefined;

export const parseFontFamily = oneOf(FONT_FAMILIES);
export const parseLineHeight = oneOf(LINE_HEIGHTS);
export const parseContentWidth = oneOf(CONTENT_WIDTHS);
