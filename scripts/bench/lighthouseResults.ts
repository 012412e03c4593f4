/**
 * What the Lighthouse bench reads out of a Lighthouse result (LHR), and the median of several
 * runs. Pure, so it is unit-tested apart from the browser (lighthouseResults.test.ts).
 */

/** The part of an LHR this bench reads; the rest of Lighthouse's result is ignored. */
export interface LighthouseResultLike {
  runtimeError?: { code: string; message: string };
  runWarnings?: string[];
  categories: Record<string, { score: number | null; auditRefs?: { id: string; weight: number }[] } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown; score?: number | null } | undefined>;
}

export interface LighthouseMeasure {
  /** 0–100, or NaN when Lighthouse could not score the page. */
  performance: number;
  accessibility: number;
  /** Bytes of script over the wire (compressed as served), every script the page requested. */
  scriptTransferKiB: number;
  /** Of those, bytes Lighthouse found unused at load (its "Reduce unused JavaScript" estimate). */
  unusedScriptKiB: number;
  fcpMs: number;
  lcpMs: number;
  tbtMs: number;
}

interface NetworkRequestItem {
  resourceType?: string;
  transferSize?: number;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function itemsOf(details: unknown): unknown[] {
  return isRecord(details) && Array.isArray(details.items) ? details.items : [];
}

const score = (category: { score: number | null } | undefined) =>
  category?.score === null || category?.score === undefined ? Number.NaN : Math.round(category.score * 100);

const kib = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function numeric(lhr: LighthouseResultLike, audit: string): number {
  const value = lhr.audits[audit]?.numericValue;
  return typeof value === 'number' ? Math.round(value) : Number.NaN;
}

/**
 * The figures issue #15 asks for, from one run. A run Lighthouse marked as failed (a page that
 * did not load, say) throws: its zeros would otherwise drag the median down unnoticed.
 */
export function measureFromResult(lhr: LighthouseResultLike): LighthouseMeasure {
  if (lhr.runtimeError) throw new Error(`Lighthouse: ${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
  const requests = itemsOf(lhr.audits['network-requests']?.details) as NetworkRequestItem[];
  if (requests.length === 0) throw new Error('Lighthouse recorded no network requests');
  const scriptBytes = requests
    .filter((request) => request.resourceType === 'Script')
    .reduce((sum, request) => sum + (request.transferSize ?? 0), 0);
  const unused = lhr.audits['unused-javascript']?.details;
  const unusedBytes =
    isRecord(unused) && typeof unused.overallSavingsBytes === 'number' ? unused.overallSavingsBytes : 0;
  return {
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    scriptTransferKiB: kib(scriptBytes),
    unusedScriptKiB: kib(unusedBytes),
    fcpMs: numeric(lhr, 'first-contentful-paint'),
    lcpMs: numeric(lhr, 'largest-contentful-paint'),
    tbtMs: numeric(lhr, 'total-blocking-time'),
  };
}

/** The median of `values`, NaNs left out; NaN when none is a number. For an even count, the mean of the middle two. */
export function median(values: readonly number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Each figure's median over the runs, taken figure by figure (the runs need not agree on which was median). */
export function medianMeasure<T extends { [K in keyof T]: number }>(runs: readonly T[]): T {
  if (runs.length === 0) throw new Error('No runs to take the median of');
  const keys = Object.keys(runs[0]!) as (keyof T)[];
  return Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])) as T;
}

/** The accessibility audits that count toward the score and did not pass, by id ("color-contrast"). */
export function failedAccessibilityAudits(lhr: LighthouseResultLike): string[] {
  return (lhr.categories.accessibility?.auditRefs ?? [])
    .filter((ref) => ref.weight > 0)
    .filter((ref) => {
      const audited = lhr.audits[ref.id]?.score;
      return typeof audited === 'number' && audited < 1;
    })
    .map((ref) => ref.id);
}
