/**
 * Caches of what several rules read alike (a story's lines, its prose blocks, its marks, the
 * repetitions of a document), kept for one run of the rules and dropped by runRules when the run
 * ends. Each run starts new maps rather than emptying old ones, and none is a WeakMap: V8's
 * young-generation collector keeps alive whatever a long-lived map or WeakMap points to, even
 * once emptied, so each analysis's readings were copied by every collection until a full one.
 */
let maps: (Map<object, unknown> | undefined)[] = [];
let caches = 0;

export interface RunCache<K extends object, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): void;
}

/** A cache for one kind of reading, by the object it is read from. */
export function runCache<K extends object, V>(): RunCache<K, V> {
  const id = caches++;
  return {
    get: (key) => maps[id]?.get(key) as V | undefined,
    set: (key, value) => void (maps[id] ??= new Map()).set(key, value),
  };
}

/** Drops every cache, so that no reading outlives the run that made it. */
export function endRun(): void {
  maps = [];
}
