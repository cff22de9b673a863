import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { analyze } from '../../src/core/analyze';
import { DEFAULT_CONFIG } from '../../src/core/config/styleConfig';
import { Cancelled, OffThread } from '../../src/vscode/offThread';
import { ROOT, readFixture } from './fixtures';

describe('analysis in the worker thread', () => {
  const basket = readFixture('basket.txt');
  const edited = basket.replace('ordered a recount', 'ordered a full recount');
  let offThread: OffThread;

  beforeEach(() => {
    offThread = new OffThread(join(ROOT, 'dist/worker.js'));
  });

  afterEach(() => offThread.dispose());

  it('answers a newer version of a document, and tells the caller of the older one it was cancelled', async () => {
    const older = offThread.analyze('basket', basket, DEFAULT_CONFIG);
    const newer = offThread.analyze('basket', edited, DEFAULT_CONFIG);
    await assert.rejects(older, Cancelled);
    const analysis = await newer;
    assert.deepStrictEqual(analysis, analyze(edited));
  });

  it('answers each edit of a document as a first analysis, sent as what changed since the analysis before', async () => {
    const first = await offThread.analyze('basket', basket, DEFAULT_CONFIG);
    const older = assert.rejects(offThread.analyze('basket', basket.replace('ordered a recount', 'ordered a swift recount'), DEFAULT_CONFIG), Cancelled);
    const second = await offThread.analyze('basket', edited, DEFAULT_CONFIG);
    await older;
    assert.deepStrictEqual(second, analyze(edited));
    // A story the edit left alone is the object received before: only what changed was taken apart.
    assert.equal(second.stories[0], first.stories[0]);
    assert.deepStrictEqual(await offThread.analyze('basket', basket, DEFAULT_CONFIG), analyze(basket));
  });

  it('keeps nothing of a closed document, even one closed while its analysis runs, and answers it whole when it opens again', async () => {
    const first = await offThread.analyze('basket', basket, DEFAULT_CONFIG);
    const running = offThread.analyze('basket', edited, DEFAULT_CONFIG);
    offThread.forget('basket');
    assert.deepStrictEqual(await running, analyze(edited));
    const again = await offThread.analyze('basket', basket, DEFAULT_CONFIG);
    assert.deepStrictEqual(again, analyze(basket));
    assert.notEqual(again.stories[0], first.stories[0], 'sent whole, not as what changed');
    offThread.forget('basket');
    assert.deepStrictEqual(await offThread.analyze('basket', edited, DEFAULT_CONFIG), analyze(edited));
  });

  it('answers any sequence of edits, waits, closings and documents as first analyses would', async function () {
    this.timeout(300_000);
    // Versions of three documents, so that the two analyses each side keeps are evicted too.
    const versions = [basket, edited, basket.replace('Storm', 'Gale'), `${basket}\n\n"Unattributed," it ended.`, basket.slice(0, 700)];
    const expected = new Map(versions.map((v) => [v, analyze(v)]));
    const step = fc.record({ document: fc.nat({ max: 2 }), version: fc.nat({ max: versions.length - 1 }), wait: fc.boolean(), close: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(fc.array(step, { minLength: 1, maxLength: 12 }), async (steps) => {
        const answers: Promise<void>[] = [];
        for (const { document, version, wait, close } of steps) {
          const text = versions[version]!;
          // A superseded version is told so; any other is answered as a first analysis of its text.
          const answer = offThread.analyze(`doc${document}`, text, DEFAULT_CONFIG).then(
            (analysis) => assert.deepStrictEqual(analysis, expected.get(text)),
            (reason: unknown) => assert.ok(reason instanceof Cancelled, String(reason)),
          );
          answers.push(answer);
          if (close) offThread.forget(`doc${document}`);
          if (wait) await answer;
        }
        await Promise.all(answers);
      }),
      { numRuns: Number(process.env.COPYDESK_PROPERTY_RUNS ?? 150) / 5 },
    );
  });

  it('fails a job whose answer cannot be applied, and goes on with the next', async () => {
    // A worker that answers every request with what changed since an analysis this thread never received.
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-worker-'));
    const script = join(dir, 'worker.js');
    writeFileSync(script, "require('node:worker_threads').parentPort.on('message', () => require('node:worker_threads').parentPort.postMessage({ delta: {} }));");
    const broken = new OffThread(script);
    try {
      await assert.rejects(broken.analyze('basket', basket, DEFAULT_CONFIG), TypeError);
      await assert.rejects(broken.analyze('basket', edited, DEFAULT_CONFIG), TypeError);
    } finally {
      broken.dispose();
      rmSync(dir, { recursive: true });
    }
  });

  it('answers every document, one after another', async () => {
    const [a, b] = await Promise.all([offThread.analyze('a', basket, DEFAULT_CONFIG), offThread.analyze('b', edited, DEFAULT_CONFIG)]);
    assert.deepStrictEqual(a, analyze(basket));
    assert.deepStrictEqual(b, analyze(edited));
  });
});
