// Polling with a deadline: the harness never waits without one.
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls check() until it returns something truthy, which is returned; throws at the deadline. */
export async function waitFor(what, ms, check, interval = 200) {
  const end = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out after ${ms / 1000} s waiting for ${what}`);
    await pause(interval);
  }
}
