import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * The checkpointer's thread: its own connection to the database file, copying the write-ahead
 * log into the file every `everyMs` (PASSIVE: it never waits for, nor blocks, the server's
 * reads and writes). Plain CommonJS, as `new Worker(…, { eval: true })` runs it.
 */
const CHECKPOINTER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 5000');
const timer = setInterval(() => {
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) });
  }
}, workerData.everyMs);
parentPort.on('message', () => {
  clearInterval(timer);
  db.close();
  parentPort.close();
});
`;

export interface WalCheckpointer {
  /** Stops the thread after the checkpoint under way, its connection closed. */
  stop(): Promise<void>;
}

/**
 * Moves SQLite's WAL checkpoints off the event loop. A checkpoint copies the log into the
 * database file and syncs both; SQLite runs it inside the commit that fills the log past
 * 1000 pages, which under a stream of submissions blocked every request for as long as the
 * disk took. The server's own connection turns that off (`wal_autocheckpoint = 0`); this thread
 * does it instead. Durability is unchanged: a commit is in the log before it is acknowledged,
 * and a log not yet checkpointed is read, and recovered after a crash, as before.
 */
export function startWalCheckpointer(file: string, everyMs: number, onFailure: (message: string) => void): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(CHECKPOINTER_SOURCE, { eval: true, workerData: { file, driver, everyMs } });
  let stopping = false;
  worker.on('message', (message: { error?: string }) => {
    if (message.error !== undefined) onFailure(message.error);
  });
  worker.on('error', (error) => onFailure(error.message));
  worker.unref();
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', (code) => {
      if (!stopping) onFailure(`the checkpoint thread stopped (exit code ${code})`);
      resolve();
    }),
  );
  return {
    async stop() {
      stopping = true;
      // Kept alive until its connection is closed, even when nothing else holds the process.
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
