import type { SiteRule } from './site-rule';

export type { SiteRule } from './site-rule';

/** Every outlet rule, one module each. Order matters only for overlapping hosts (first wins). */
export const SITE_RULES: readonly SiteRule[] = [];
