// Whatever a launcher starts registers how to undo it here. The undo steps run in reverse order
// when the launcher ends: normally, on an error, or on Ctrl+C / SIGTERM / SIGHUP.
const steps = [];
let exiting = false;

/** True once the launcher has begun to stop (so a server going away is expected). */
export const stopping = () => exiting;

export function onCleanup(step) {
  steps.push(step);
}

async function cleanup() {
  while (steps.length) {
    try {
      await steps.pop()();
    } catch (err) {
      console.error(`cleanup: ${err?.message ?? err}`);
    }
  }
}

/**
 * Runs main (resolving to an exit code), cleans up whatever happens, then exits. With
 * `signalEndsNormally` (a server left running until Ctrl+C) a signal ends it with code 0.
 */
export function runMain(main, { signalEndsNormally = false } = {}) {
  const finish = async (code) => {
    if (exiting) return; // a second signal during cleanup must not cut it short
    exiting = true;
    await cleanup();
    process.exit(code);
  };
  for (const [signal, number] of [['SIGINT', 2], ['SIGTERM', 15], ['SIGHUP', 1]]) {
    process.on(signal, () => {
      console.error(`\n${signal}: stopping ...`);
      finish(signalEndsNormally ? 0 : 128 + number);
    });
  }
  const crash = (err) => {
    console.error(err?.stack ?? err);
    finish(1);
  };
  process.on('uncaughtException', crash);
  process.on('unhandledRejection', crash);
  main().then(finish, crash);
}
