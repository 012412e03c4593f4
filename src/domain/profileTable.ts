/**
 * Profiles read column by column. Each field a count touches becomes a dictionary-encoded column:
 * per row, the index of its value among the field's distinct values. Audiences repeat values
 * (cities, statuses, tiers, birth dates), so a condition is decided once per distinct value, and
 * a count over 50,000 profiles is a pass over small integer arrays.
 *
 * A table reads its profiles when a column is first asked for and keeps what it read, so build
 * one only over profiles that no longer change (the demo backend's are generated once). For a
 * single count over plain profiles the row-wise evaluator is cheaper: `count` picks by argument.
 */
import type { Profile } from './model';
import { sampleBucket } from './sample';

export interface FieldColumn {
  /** Per row, the index of its value in `values`. */
  readonly codes: Int32Array;
  /** The field's distinct values, in order of first appearance; equal lists are one value. */
  readonly values: readonly unknown[];
}

/** A condition's answers per distinct value of its field: 0 false, 1 true, 255 not asked yet. */
export const NOT_ASKED = 255;

/** Bytes of answers a table keeps by default; the least recently used go first. */
const ANSWER_BUDGET_BYTES = 16 * 1024 * 1024;

export class ProfileTable {
  readonly profiles: readonly Profile[];
  readonly #columns = new Map<string, FieldColumn>();
  readonly #keys = new Map<string, Map<(value: unknown) => unknown, readonly unknown[]>>();
  readonly #answers = new Map<string, Uint8Array>();
  readonly #answerBudget: number;
  #answerBytes = 0;
  #buckets: Uint8Array | undefined;

  constructor(profiles: readonly Profile[], { answerBudgetBytes = ANSWER_BUDGET_BYTES } = {}) {
    this.profiles = profiles;
    this.#answerBudget = answerBudgetBytes;
  }

  get rowCount(): number {
    return this.profiles.length;
  }

  column(field: string): FieldColumn {
    let column = this.#columns.get(field);
    if (!column) {
      column = encode(this.profiles, field);
      this.#columns.set(field, column);
    }
    return column;
  }

  /**
   * A field's distinct values as `read` normalises them (lower case, day numbers, ...), kept per
   * reader: conditions that read a field the same way share the work.
   */
  keys(field: string, read: (value: unknown) => unknown): readonly unknown[] {
    let byReader = this.#keys.get(field);
    if (!byReader) this.#keys.set(field, (byReader = new Map()));
    let keys = byReader.get(read);
    if (!keys) {
      keys = this.column(field).values.map(read);
      byReader.set(read, keys);
    }
    return keys;
  }

  /**
   * The answers of a condition over a field's distinct values, shared by every count that asks the
   * same question (`question` says what is asked: operator, value, type, day). A segment edited
   * one condition at a time is recounted asking only the changed condition afresh.
   */
  answers(field: string, question: string): Uint8Array {
    const key = `${field}\u0000${question}`;
    let answers = this.#answers.get(key);
    if (answers) {
      this.#answers.delete(key);
    } else {
      answers = new Uint8Array(this.column(field).values.length).fill(NOT_ASKED);
      this.#answerBytes += answers.length;
    }
    this.#answers.set(key, answers);
    for (const [oldKey, old] of this.#answers) {
      if (this.#answerBytes <= this.#answerBudget || old === answers) break;
      this.#answers.delete(oldKey);
      this.#answerBytes -= old.length;
    }
    return answers;
  }

  /** Per row, the profile's sample bucket (0..99). */
  buckets(): Uint8Array {
    if (!this.#buckets) {
      const buckets = new Uint8Array(this.profiles.length);
      this.profiles.forEach((profile, row) => (buckets[row] = sampleBucket(profile.id)));
      this.#buckets = buckets;
    }
    return this.#buckets;
  }
}

function encode(profiles: readonly Profile[], field: string): FieldColumn {
  const codes = new Int32Array(profiles.length);
  const values: unknown[] = [];
  const intern = <K>(codeOf: Map<K, number>, key: K, value: unknown): number => {
    let code = codeOf.get(key);
    if (code === undefined) {
      code = values.length;
      values.push(value);
      codeOf.set(key, code);
    }
    return code;
  };
  const scalarCodes = new Map<unknown, number>();
  // Lists are told apart by content: profiles hold equal tag lists as separate arrays.
  const listCodes = new Map<string, number>();
  for (let row = 0; row < profiles.length; row++) {
    const value = profiles[row]![field];
    codes[row] = Array.isArray(value)
      ? intern(listCodes, JSON.stringify(value), value)
      : intern(scalarCodes, value, value);
  }
  return { codes, values };
}
