/** Applies theme and text size to a page: html[data-theme] and the --lede-text-scale variable. */
import type { Theme } from '../shared/settings-schema';
import { textScale } from '../shared/settings-schema';

export interface Appearance {
  theme: Theme;
  /** Text size step (see settings-schema textScale). */
  textSize: number;
}

/** 'system' removes the attribute so prefers-color-scheme decides (see styles/base.css). */
export function applyAppearance(doc: Document, appearance: Appearance): void {
  const root = doc.documentElement;
  if (appearance.theme === 'system') root.removeAttribute('data-theme');
  else root.setAttribute('data-theme', appearance.theme);
  root.style.setProperty('--lede-text-scale', String(textScale(appearance.textSize)));
}
