/**
 * A worker thread of the build that answers each message it is sent with one message, in the order sent
 * (server/compress-worker.ts, og/draw-worker.ts): each question is a promise of its answer. The worker holds
 * the process open only while an answer is owed; an error in it fails every answer owed, and every later question.
 */
import { Worker } from 'node:worker_threads';

export interface WorkerJobs<Question, Answer> {
  ask(question: Question): Promise<Answer>;
  /** Ends the worker once nothing more is to be asked. */
  close(): Promise<void>;
}

export function workerJobs<Question, Answer>(file: string | URL): WorkerJobs<Question, Answer> {
  const worker = new Worker(file);
  worker.unref();
  const owed: { resolve: (answer: Answer) => void; reject: (error: Error) => void }[] = [];
  let failure: Error | undefined;
  worker.on('message', (answer: Answer) => {
    owed.shift()!.resolve(answer);
    if (!owed.length) worker.unref();
  });
  // A worker can throw any value, not only an Error: named as one, so every answer owed fails with a message.
  worker.on('error', (thrown: unknown) => {
    const error = thrown instanceof Error ? thrown : new Error(`${String(file)} failed: ${String(thrown)}`);
    failure = error;
    for (const job of owed.splice(0)) job.reject(error);
  });
  return {
    ask(question) {
      if (failure) return Promise.reject(failure);
      worker.ref();
      return new Promise((resolve, reject) => {
        owed.push({ resolve, reject });
        worker.postMessage(question);
      });
    },
    async close() {
      await worker.terminate();
    },
  };
}
