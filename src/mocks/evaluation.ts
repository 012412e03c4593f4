/**
 * Numbers the embedded backend answers with, all computed by the domain evaluator over the seeded
 * profiles: stored records are read with the Altcraft adapter's `fromWire`, never re-interpreted
 * here. Selections are cached per segment revision and day, so lists and counters stay fast.
 */
import { fromWire } from '@/api/altcraft/convert';
import { nodeIdsByPath } from '@/api/altcraft/nesting';
import { catalogFromWire } from '@/api/altcraft/resources';
import type { AltcraftSegmentBody } from '@/api/altcraft/wire';
import { describeCondition, describeGroup } from '@/domain/describe';
import { en } from '@/domain/locale/en';
import { ru } from '@/domain/locale/ru';
import type { DomainLocale } from '@/domain/locale/types';
import { explain, select, selectBlock, type EvalOptions } from '@/domain/evaluate';
import type { FieldCatalog, Segment } from '@/domain/model';
import { inSample, isFullSample } from '@/domain/sample';
import { tally } from '@/domain/tally';
import { findNode } from '@/domain/tree';
import { STATUS_ACTIVE, STATUS_UNCONFIRMED, type DemoProfile } from './seed/profiles';
import { stepInSlices } from './timeSlicing';
import type { DemoStore, StoredSegment } from './store';

export interface ChannelCounter {
  channel: 'email' | 'sms' | 'push';
  status: { subscribed_sendable: number; unconfirmed_sendable: number };
}

export interface EstimateAnswer {
  total: number;
  per_group: Record<string, number>;
}

export interface ExplainLine {
  path: string;
  matched: boolean;
  /** pass / fail / unknown: an opaque part can't be decided, which `matched` alone can't say. */
  outcome: 'pass' | 'fail' | 'unknown';
  text: string;
}

export interface CheckAnswer {
  profile_id: string;
  in_segment: boolean;
  explain: ExplainLine[];
}

/** Which profiles a channel can reach: an address for it, and a status that allows sending. */
const CHANNELS: ReadonlyArray<{ channel: ChannelCounter['channel']; reachable: (p: DemoProfile) => boolean }> = [
  { channel: 'email', reachable: (p) => p.email !== null },
  { channel: 'sms', reachable: (p) => p.phones.length > 0 },
  { channel: 'push', reachable: (p) => p.app_version !== null },
];

const todayIso = () => new Date().toISOString().slice(0, 10);

/** The languages profile-check explanations are written in. */
export type ExplanationLanguage = 'en' | 'ru';

/** The first language of an Accept-Language header the backend writes in; English otherwise. */
export function explanationLanguage(acceptLanguage: string | null): ExplanationLanguage {
  const first = acceptLanguage?.split(',')[0]?.trim().toLowerCase() ?? '';
  return first === 'ru' || first.startsWith('ru-') ? 'ru' : 'en';
}

const ruProfiles = new Intl.PluralRules('ru-RU');

/** The words of an explanation per language: conditions through the domain locale, the rest here. */
const EXPLANATIONS: Readonly<
  Record<
    ExplanationLanguage,
    { locale: DomainLocale; sample: (from: number, to: number) => string; limit: (limit: number) => string }
  >
> = {
  en: {
    locale: en,
    sample: (from, to) => `In the ${from}–${to}% sample`,
    limit: (limit) => `Among the first ${limit} profiles kept by the limit`,
  },
  ru: {
    locale: ru,
    sample: (from, to) => `В выборке ${from}–${to}%`,
    limit: (limit) =>
      `Среди первых ${limit} ${ruProfiles.select(limit) === 'one' ? 'профиля' : 'профилей'}, оставленных лимитом`,
  },
};

/** Estimates of the same draft repeat while a marketer edits; a few are kept. */
const ESTIMATE_CACHE_SIZE = 16;

interface Selection {
  profiles: readonly DemoProfile[];
  ids?: Set<string>;
}

/** Distinct condition sets whose selections are kept; far above a demo account's, so only stale ones go. */
const SELECTION_CACHE_SIZE = 500;

export class SegmentEvaluator {
  readonly #store: DemoStore;
  readonly #catalogs = new Map<number, FieldCatalog>();
  readonly #selections = new Map<string, Selection>();
  readonly #contentKeys = new Map<number, { revision: number; contentId: number }>();
  readonly #contentIds = new Map<string, number>();
  readonly #staticSelections = new Map<number, { revision: number; selection: Selection }>();
  readonly #estimates = new Map<string, EstimateAnswer>();

  constructor(store: DemoStore) {
    this.#store = store;
  }

  catalog(databaseId: number): FieldCatalog {
    let catalog = this.#catalogs.get(databaseId);
    if (!catalog) {
      catalog = catalogFromWire(this.#store.database(databaseId)?.fields ?? []);
      this.#catalogs.set(databaseId, catalog);
    }
    return catalog;
  }

  #context(databaseId: number): EvalOptions {
    return { catalog: this.catalog(databaseId), today: todayIso() };
  }

  /** The profiles a stored segment holds: explicit members for static ones, the evaluator's pick otherwise. */
  members(record: StoredSegment): readonly DemoProfile[] {
    return this.#selection(record).profiles;
  }

  count(record: StoredSegment): number {
    return this.members(record).length;
  }

  /**
   * The count when this segment has been counted since its last change, without counting it
   * (segments/list/). Counting a page of segments needs every database's profiles generated first,
   * seconds of work on a cold start, and the list's first rows should not wait for it: the list
   * fills a size it lacks from each visible row's `get`, as it must for Altcraft, whose list never
   * says.
   */
  knownCount(record: StoredSegment): number | undefined {
    return this.#slot(record).cached?.profiles.length;
  }

  contains(record: StoredSegment, profileId: string): boolean {
    const selection = this.#selection(record);
    selection.ids ??= new Set(selection.profiles.map((profile) => profile.id));
    return selection.ids.has(profileId);
  }

  /**
   * Static selections are kept per segment and revision. The others are keyed by what decides
   * them, database and conditions, so identical conditions (a duplicated segment) share one
   * evaluation; that key is interned to a short id once per revision, because hashing a kilobyte
   * of JSON for every list item would dominate paging.
   */
  #selection(record: StoredSegment): Selection {
    const slot = this.#slot(record);
    return slot.keep(slot.cached ?? { profiles: this.#select(record) });
  }

  /** Where a record's selection is kept, and what is kept there now. */
  #slot(record: StoredSegment): { cached: Selection | undefined; keep: (selection: Selection) => Selection } {
    const revision = this.#store.revisionOf(record.id) ?? 0;
    if (record.is_static && record.segment.length === 0) {
      const kept = this.#staticSelections.get(record.id);
      return {
        cached: kept?.revision === revision ? kept.selection : undefined,
        keep: (selection) => {
          this.#staticSelections.set(record.id, { revision, selection });
          return selection;
        },
      };
    }
    let memo = this.#contentKeys.get(record.id);
    if (memo?.revision !== revision) {
      const content = `${record.list_id}:${JSON.stringify(record.segment)}`;
      let contentId = this.#contentIds.get(content);
      if (contentId === undefined) this.#contentIds.set(content, (contentId = this.#contentIds.size));
      memo = { revision, contentId };
      this.#contentKeys.set(record.id, memo);
    }
    const key = `${todayIso()}:${memo.contentId}`;
    return {
      cached: this.#selections.get(key),
      keep: (selection) => {
        // Least recently used goes first: a use moves the entry to the end.
        this.#selections.delete(key);
        this.#selections.set(key, selection);
        if (this.#selections.size > SELECTION_CACHE_SIZE)
          this.#selections.delete(this.#selections.keys().next().value!);
        return selection;
      },
    };
  }

  #select(record: StoredSegment): readonly DemoProfile[] {
    if (record.is_static && record.segment.length === 0) {
      return [...this.#store.members(record.id)].flatMap((id) => this.#store.findProfile(record.list_id, id) ?? []);
    }
    const table = this.#store.profileTable(record.list_id);
    return select(table, fromWire(record), this.#context(record.list_id)) as DemoProfile[];
  }

  /** segments/get_counters: reachable members per channel, split by subscription status. */
  counters(record: StoredSegment): ChannelCounter[] {
    const members = this.members(record);
    return CHANNELS.map(({ channel, reachable }) => {
      let subscribed = 0;
      let unconfirmed = 0;
      for (const profile of members) {
        if (!reachable(profile)) continue;
        const { _status: status } = profile;
        if (status === STATUS_ACTIVE) subscribed += 1;
        else if (status === STATUS_UNCONFIRMED) unconfirmed += 1;
      }
      return { channel, status: { subscribed_sendable: subscribed, unconfirmed_sendable: unconfirmed } };
    });
  }

  /**
   * segments/estimate/: the size of a draft (sample and limit included) and, per group, how many
   * profiles of the block's sample satisfy that group alone, keyed by wire path ("0", "0.2", ...).
   */
  async estimate(body: AltcraftSegmentBody): Promise<EstimateAnswer> {
    const cacheKey = `${todayIso()}:${JSON.stringify(body)}`;
    const cached = this.#estimates.get(cacheKey);
    if (cached) return cached;
    const segment = fromWire(body);
    const answer = await this.#estimateSegment(segment);
    this.#estimates.set(cacheKey, answer);
    if (this.#estimates.size > ESTIMATE_CACHE_SIZE) this.#estimates.delete(this.#estimates.keys().next().value!);
    return answer;
  }

  async #estimateSegment(segment: Segment): Promise<EstimateAnswer> {
    if (segment.kind === 'static') return { total: 0, per_group: {} };
    const run = tally(this.#store.profileTable(segment.databaseId), segment, this.#context(segment.databaseId));
    // A large tree over every profile is long work: done in slices, so typing in the editor (on
    // the same thread as this backend) goes on between them.
    await stepInSlices(run.rowCount, run.step);
    const { total, perGroup } = run.result();
    const pathOf = invert(nodeIdsByPath(segment));
    const perPath: Record<string, number> = {};
    for (const [groupId, n] of perGroup) {
      const path = pathOf.get(groupId);
      if (path !== undefined) perPath[path] = n;
    }
    return { total, per_group: perPath };
  }

  /** profiles/check/: whether the profile is a member, and how each part of the conditions decided. */
  check(record: StoredSegment, profile: DemoProfile, language: ExplanationLanguage = 'en'): CheckAnswer {
    const words = EXPLANATIONS[language];
    const answer: CheckAnswer = { profile_id: profile.id, in_segment: this.contains(record, profile.id), explain: [] };
    if (record.segment.length === 0) return answer;
    const segment = fromWire(record);
    const context = this.#context(record.list_id);
    const options = { catalog: context.catalog ?? [], locale: words.locale };
    const outcomes = new Map(segment.blocks.flatMap((block) => [...explain(profile, block.root, context)]));
    for (const [path, nodeId] of nodeIdsByPath(segment)) {
      const blockIndex = Number(path.split('.')[0]);
      const node = findNode(segment.blocks[blockIndex]!.root, nodeId);
      const outcome = outcomes.get(nodeId) ?? 'unknown';
      if (!node) continue;
      const text = node.type === 'group' ? describeGroup(node, options) : describeCondition(node, options);
      answer.explain.push({ path, matched: outcome === 'pass', outcome, text });
    }
    segment.blocks.forEach((block, index) => {
      if (!isFullSample(block.sample)) {
        const inside = inSample(profile.id, block.sample);
        answer.explain.push({
          path: `${index}.sample`,
          matched: inside,
          outcome: inside ? 'pass' : 'fail',
          text: words.sample(block.sample.from, block.sample.to),
        });
      }
      if (block.limit > 0) {
        const kept = selectBlock(this.#store.profileTable(record.list_id), block, context).some(
          (p) => p.id === profile.id,
        );
        answer.explain.push({
          path: `${index}.limit`,
          matched: kept,
          outcome: kept ? 'pass' : 'fail',
          text: words.limit(block.limit),
        });
      }
    });
    return answer;
  }
}

function invert<K, V>(map: ReadonlyMap<K, V>): Map<V, K> {
  return new Map([...map].map(([key, value]) => [value, key]));
}
