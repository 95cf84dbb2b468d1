// Seeded mutations of sample documents, to show that two validators of one
// schema (a yes-or-no one and the one that explains) judge alike, far beyond
// the samples themselves.

/** A small deterministic generator (mulberry32): the same cases on every run. */
function seeded(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Container = Record<string, unknown> | unknown[];
const isContainer = (v: unknown): v is Container => typeof v === 'object' && v !== null;

/** Every scalar in a value. */
function leaves(value: unknown): unknown[] {
  return isContainer(value) ? Object.values(value).flatMap(leaves) : [value];
}

/** Every [container, key] pair in a value, the root's children first. */
function slots(value: unknown): [Container, string | number][] {
  if (!isContainer(value)) return [];
  const own: [Container, string | number][] = Array.isArray(value) ? value.map((_, i) => [value, i]) : Object.keys(value).map((k) => [value, k]);
  return [...own, ...own.flatMap(([c, k]) => slots((c as Record<string | number, unknown>)[k]))];
}

/** One change at a random place: a value of another kind or from elsewhere, a key removed or added, an item repeated. */
function mutate(
  root: unknown,
  random: () => number,
  pick: <T>(items: readonly T[]) => T,
  pool: readonly unknown[],
  samples: readonly unknown[],
): void {
  const all = slots(root);
  if (all.length === 0) return;
  const [container, key] = pick(all);
  const at = container as Record<string | number, unknown>;
  const op = Math.floor(random() * 5);
  if (op === 0) at[key] = structuredClone(pick(pool));
  else if (op === 1) {
    if (Array.isArray(container)) container.splice(Number(key), 1);
    else delete at[key];
  } else if (op === 2) {
    if (Array.isArray(container)) container.push(structuredClone(container[Number(key)]));
    else at[pick(['extra', 'id', 'name', 'type', 'size', 'path', 'content'])] = structuredClone(pick(pool));
  } else {
    // A subtree from any sample, in this place.
    const [from, fromKey] = pick(slots(pick(samples)));
    at[key] = structuredClone((from as Record<string | number, unknown>)[fromKey]);
  }
}

/**
 * `count` mutations (one or two changes each) of the samples, each judged by
 * `judge` as [first validator, second validator]: the cases where the two
 * differ, and how many the first called valid and invalid.
 */
export function judgeMutations(
  samples: readonly unknown[],
  count: number,
  judge: (value: unknown) => [boolean, boolean],
): { disagreements: unknown[]; tally: { valid: number; invalid: number } } {
  const random = seeded(12);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  // Values of every kind (YAML's .inf and .nan too: Ajv's strict and loose numbers differ on them), and the
  // samples' own strings and numbers (enum values, sizes, ids) in other places.
  const pool: unknown[] = [null, 0, -1, 23, 24, 1.5, Infinity, -Infinity, NaN, '', 'x', true, [], {}, ['x'], { x: 1 }, ...samples.flatMap(leaves)];
  const tally = { valid: 0, invalid: 0 };
  const disagreements: unknown[] = [];
  for (let i = 0; i < count; i++) {
    const value = structuredClone(pick(samples));
    for (let n = 1 + Math.floor(random() * 2); n > 0; n--) mutate(value, random, pick, pool, samples);
    const [first, second] = judge(value);
    if (first !== second) disagreements.push(value);
    tally[first ? 'valid' : 'invalid']++;
  }
  return { disagreements, tally };
}
