/**
 * Typography controls (issue 11 §2): font, line spacing and content width as labelled selects
 * (data-role="font-family" | "line-height" | "content-width"). Used twice: in the reading views'
 * "Aa" panel (renderTypographyPanel) and on the options page, where the preview follows them live.
 * Like the other controls they only report intents; whoever owns the settings writes them.
 */
import {
  CONTENT_WIDTHS, FONT_FAMILIES, LINE_HEIGHTS,
  type ContentWidth, type FontFamily, type LineHeight, type Settings,
} from '../shared/settings-schema';
import { h } from './dom';
import { t, type MessageKey } from './i18n';

export type TypographyPatch = Partial<Pick<Settings, 'fontFamily' | 'lineHeight' | 'contentWidth'>>;

export interface TypographyFields {
  /** The labelled fields, in order. */
  elements: HTMLElement[];
  update(settings: Pick<Settings, 'fontFamily' | 'lineHeight' | 'contentWidth'>): void;
}

const FONT_KEYS: Record<FontFamily, MessageKey> = { serif: 'fontSerif', sans: 'fontSans', system: 'fontSystem' };
const LINE_KEYS: Record<LineHeight, MessageKey> = { compact: 'lineHeightCompact', normal: 'lineHeightNormal', relaxed: 'lineHeightRelaxed' };
const WIDTH_KEYS: Record<ContentWidth, MessageKey> = { narrow: 'contentWidthNarrow', medium: 'contentWidthMedium', wide: 'contentWidthWide' };

function field<T extends string>(
  doc: Document, id: string, role: string, labelKey: MessageKey, values: readonly T[], keys: Record<T, MessageKey>, onChange: (value: T) => void,
): { wrapper: HTMLElement; select: HTMLSelectElement } {
  const select = h(doc, 'select', { class: 'lede-select', attrs: { id, 'data-role': role } },
    ...values.map((value) => h(doc, 'option', { text: t(keys[value]), attrs: { value } })),
  );
  select.addEventListener('change', () => onChange(select.value as T));
  const wrapper = h(doc, 'div', { class: 'lede-type-field' },
    h(doc, 'label', { text: t(labelKey), attrs: { for: id } }),
    select,
  );
  return { wrapper, select };
}

/**
 * The three fields. `idPrefix` keeps ids unique per page; `withWidth` false leaves out the width,
 * which means nothing in the fixed-width popup.
 */
export function renderTypographyFields(doc: Document, idPrefix: string, onChange: (patch: TypographyPatch) => void, withWidth = true): TypographyFields {
  const font = field(doc, `${idPrefix}-font-family`, 'font-family', 'fontLabel', FONT_FAMILIES, FONT_KEYS, (fontFamily) => onChange({ fontFamily }));
  const line = field(doc, `${idPrefix}-line-height`, 'line-height', 'lineHeightLabel', LINE_HEIGHTS, LINE_KEYS, (lineHeight) => onChange({ lineHeight }));
  const width = withWidth
    ? field(doc, `${idPrefix}-content-width`, 'content-width', 'contentWidthLabel', CONTENT_WIDTHS, WIDTH_KEYS, (contentWidth) => onChange({ contentWidth }))
    : null;
  return {
    elements: [font.wrapper, line.wrapper, ...(width ? [width.wrapper] : [])],
    update(settings) {
      font.select.value = settings.fontFamily;
      line.select.value = settings.lineHeight;
      if (width) width.select.value = settings.contentWidth;
    },
  };
}

export interface TypographyPanel {
  /** The "Aa" toggle for the toolbar. */
  button: HTMLButtonElement;
  /** The panel it opens (placed by the caller, e.g. inside the toolbar). */
  panel: HTMLElement;
  update: TypographyFields['update'];
}

/**
 * A toolbar button that shows and hides the fields in a small panel (a disclosure: aria-expanded).
 * Esc or a click elsewhere closes it, and Esc returns focus to the button.
 */
export function renderTypographyPanel(doc: Document, idPrefix: string, onChange: (patch: TypographyPatch) => void, withWidth: boolean): TypographyPanel {
  const panelId = `${idPrefix}-typography`;
  const fields = renderTypographyFields(doc, idPrefix, onChange, withWidth);
  const panel = h(doc, 'div', { class: 'lede-type-panel', attrs: { id: panelId, role: 'group', 'aria-label': t('typographyLabel'), hidden: true } }, ...fields.elements);
  const button = h(doc, 'button', {
    class: 'lede-icon-button lede-type-button',
    text: 'Aa',
    attrs: { type: 'button', 'aria-label': t('typographyLabel'), title: t('typographyLabel'), 'aria-expanded': 'false', 'aria-controls': panelId, 'data-action': 'typography' },
  });
  const setOpen = (open: boolean) => {
    panel.hidden = !open;
    button.setAttribute('aria-expanded', String(open));
  };
  button.addEventListener('click', () => {
    setOpen(button.getAttribute('aria-expanded') !== 'true');
    if (!panel.hidden) panel.querySelector('select')?.focus();
  });
  panel.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    // Handled here: in the overlay, Esc elsewhere closes the whole view (keyboard.ts skips handled events).
    event.preventDefault();
    setOpen(false);
    button.focus();
  });
  doc.addEventListener('click', (event) => {
    const target = event.target as Node | null;
    if (!panel.hidden && target && !panel.contains(target) && !button.contains(target)) setOpen(false);
  });
  return { button, panel, update: fields.update };
}
