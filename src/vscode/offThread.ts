import { Worker } from 'node:worker_threads';
import type * as vscode from 'vscode';
import { type AnalysisDelta, applyDelta, type Parts } from '../core/analysis/delta';
import type { Analysis } from '../core/analyze';
import type { StyleConfig } from '../core/config/styleConfig';

/** The reason a request gets no analysis: a newer one for the same document replaced it. */
export class Cancelled extends Error {
  constructor() {
    super('superseded by a newer version of the document');
  }
}

/** What the main thread asks of the worker. */
export interface Request {
  id: number;
  /** The document. */
  key: string;
  text: string;
  config: StyleConfig;
  /** The job whose analysis of the document the main thread holds, if any. */
  base: number | null;
}

/** A document closed: the worker drops its analyzer and the analysis it sent last. */
export interface Forget {
  forget: string;
}

/** The worker's answer: the analysis whole, or what changed since `base`, or a note that the job was cancelled. */
export type Answer = { parts: Parts } | { delta: AnalysisDelta } | { cancelled: true };

/** Documents whose latest analysis the main thread holds, for the worker to tell the next one against. */
const HELD = 2;

interface Job {
  id: number;
  key: string;
  text: string;
  config: StyleConfig;
  resolve(analysis: Analysis): void;
  reject(reason: unknown): void;
  /** Superseded while running: its caller has been told, and its result is dropped. */
  cancelled?: boolean;
  /** Its document closed while it ran: its analysis is not kept for the next. */
  forgotten?: boolean;
}

/**
 * Analyses of large documents in one worker thread, one at a time, so the extension host's main
 * thread (shared by every extension) never waits on them. A newer request for a document
 * cancels its older one: dropped if queued; if running, its caller is answered at once and its
 * result dropped, but the worker finishes it, since the worker's analyzer keeps every story it
 * read, and the newer version then reads only the story edited. After the first answer for a
 * document, the worker sends what changed since the analysis this thread holds, so that this
 * thread takes apart only that and moves the rest.
 */
export class OffThread implements vscode.Disposable {
  private worker: Worker | undefined;
  private running: Job | undefined;
  private readonly queue: Job[] = [];
  private jobs = 0;
  /**
   * The id of the running job once it is cancelled, shared with the worker, which then sends a
   * note instead of the analysis: copying a large analysis here would only hold up this thread.
   */
  private readonly cancelled = new Int32Array(new SharedArrayBuffer(4));
  /** The latest analysis received for each document, by the job that asked for it. */
  private readonly held = new Map<string, { id: number; parts: Parts }>();

  /** `script`: the bundled worker (dist/worker.js). */
  constructor(private readonly script: string) {}

  analyze(key: string, text: string, config: StyleConfig): Promise<Analysis> {
    return new Promise((resolve, reject) => {
      const queued = this.queue.findIndex((j) => j.key === key);
      if (queued >= 0) this.queue.splice(queued, 1)[0]!.reject(new Cancelled());
      if (this.running?.key === key && !this.running.cancelled) {
        this.running.cancelled = true;
        Atomics.store(this.cancelled, 0, this.running.id);
        this.running.reject(new Cancelled());
      }
      this.queue.push({ id: ++this.jobs, key, text, config, resolve, reject });
      this.next();
    });
  }

  private next(): void {
    if (this.running || this.queue.length === 0) return;
    const job = (this.running = this.queue.shift()!);
    this.worker ??= this.spawn();
    const request: Request = { id: job.id, key: job.key, text: job.text, config: job.config, base: this.held.get(job.key)?.id ?? null };
    this.worker.postMessage(request);
  }

  private spawn(): Worker {
    const worker = new Worker(this.script, { workerData: this.cancelled });
    // A stopped worker's late messages and exit are not the current job's.
    worker.on('message', (answer: Answer) => {
      if (worker !== this.worker || !this.running) return;
      const job = this.running;
      this.running = undefined;
      if (!('cancelled' in answer)) {
        try {
          // Kept even if the job was cancelled meanwhile: the worker tells its next answer against it.
          const parts = 'parts' in answer ? answer.parts : applyDelta(this.held.get(job.key)!.parts, answer.delta);
          if (job.forgotten) this.held.delete(job.key);
          else this.hold(job, parts);
          if (!job.cancelled) job.resolve({ ...parts, text: job.text });
        } catch (e) {
          // An answer that cannot be applied fails its job, not the queue; with nothing held, the next answer comes whole.
          this.held.delete(job.key);
          job.reject(e);
        }
      }
      this.next();
    });
    const failed = (reason: unknown): void => {
      if (worker !== this.worker) return;
      this.stop(reason);
      this.next();
    };
    worker.on('error', failed);
    worker.on('exit', (code) => failed(new Error(`the analysis worker stopped (exit code ${code})`)));
    return worker;
  }

  private hold(job: Job, parts: Parts): void {
    this.held.delete(job.key);
    this.held.set(job.key, { id: job.id, parts });
    for (const key of this.held.keys()) if (this.held.size > HELD) this.held.delete(key);
  }

  /** A document closed: what is kept for it, here and in the worker, would only take memory. */
  forget(key: string): void {
    // The running job's answer may be told against what is held: dropped once it is applied.
    if (this.running?.key === key) this.running.forgotten = true;
    else this.held.delete(key);
    this.worker?.postMessage({ forget: key } satisfies Forget);
  }

  /** Stops the worker and fails the job it was running. */
  private stop(reason: unknown): void {
    const job = this.running;
    this.running = undefined;
    const worker = this.worker;
    this.worker = undefined;
    // A new worker starts with nothing to tell its answers against.
    this.held.clear();
    void worker?.terminate();
    job?.reject(reason);
  }

  dispose(): void {
    for (const job of this.queue.splice(0)) job.reject(new Cancelled());
    this.stop(new Cancelled());
  }
}
