// Polling with a deadline: the editor answers asynchronously (language switches, providers
// registering), and fixed sleeps are either too short under load or waste time.
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls check() until it returns a value other than undefined/false/null/empty list, and returns it. */
export async function waitFor<T>(what: string, check: () => T | PromiseLike<T>, ms = 15_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const value = await check();
      if (value !== undefined && value !== null && value !== false && !(Array.isArray(value) && value.length === 0)) {
        return value as NonNullable<T>;
      }
    } catch (err) {
      last = err; // e.g. a command not registered yet; retried until the deadline
    }
    if (Date.now() > end) {
      throw new Error(`timed out after ${ms / 1000} s waiting for ${what}${last ? `: ${last}` : ''}`);
    }
    await pause(100);
  }
}
