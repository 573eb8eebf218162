/**
 * The extraction budget: an element count checked before any work and a time limit checked
 * between phases. A synchronous parse cannot be interrupted from inside, so the caller decides
 * where extraction runs (an abandonable extension page); this only guarantees we stop early and
 * clearly on pages far outside what real articles need.
 */

/** Default element limit. extraction-dev pages have 698 elements (median), 2,754 (p99) and
 * 10,112 (max); 40,000 leaves four times the largest for long live pages. */
export const DEFAULT_MAX_ELEMENTS = 40_000;
/**
 * Default time limit, checked between phases. Real pages take 20–300 ms in jsdom on an idle
 * machine, but over 10 s for the largest Readability test pages on a machine shared by many
 * processes; 15 s stops only runaway pages. A UI that must answer sooner passes its own maxMs.
 */
export const DEFAULT_MAX_MS = 15_000;
/**
 * Deeper nesting than this is not a real article layout: extraction-dev pages nest 17 (median),
 * 39 (p99), 41 (max) deep. Readability's cost grows faster than linearly with depth (in jsdom
 * ~1 s at 300 levels, ~3 s at 1,000), so a 3,000-deep page is refused up front.
 */
export const DEFAULT_MAX_DEPTH = 400;

export type BudgetLimit = 'elements' | 'time' | 'depth';

/** Thrown when a page exceeds the extraction budget. `limit` says which one. */
export class ExtractionBudgetError extends Error {
  readonly limit: BudgetLimit;
  constructor(limit: BudgetLimit, message: string) {
    super(message);
    this.name = 'ExtractionBudgetError';
    this.limit = limit;
  }
}

export interface ExtractionOptions {
  /**
   * Remove navigation, footers and side columns outside the prose before Readability reads
   * (landmarks.ts). Off by default: measured, it saves no time (Readability already skips most of
   * what it removes), so it is only there for the bench to compare.
   */
  pruneLandmarks?: boolean;
  /** Most elements a page may have (default 40,000). */
  maxElements?: number;
  /** Most milliseconds extraction may take, checked between phases (default 15,000). */
  maxMs?: number;
  /** Deepest element nesting accepted (default 400). */
  maxDepth?: number;
  /**
   * The caller hands over a document it will not use again (e.g. one it just parsed from
   * serialized HTML), so extraction may work on it directly instead of on a deep copy.
   */
  disposable?: boolean;
}

/** Milliseconds from a monotonic clock where there is one (browsers, Node), else the wall clock. */
export const now = (): number => (typeof performance !== 'undefined' ? performance.now() : Date.now());

/** Tracks elapsed time; `check(phase)` throws once the time budget is spent. */
export class BudgetClock {
  private readonly start = now();
  constructor(readonly maxMs: number) {}

  check(phase: string): void {
    const elapsed = now() - this.start;
    if (elapsed > this.maxMs) {
      throw new ExtractionBudgetError('time', `Extraction stopped after ${Math.round(elapsed)} ms (budget ${this.maxMs} ms) during ${phase}.`);
    }
  }
}
