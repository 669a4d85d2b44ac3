// Cluster metadata: one versioned document (keyspaces, tables, members and their tokens)
// under one key of a JetStream KV bucket. Its KV revision is its epoch. Every change is a
// compare-and-set on the revision it was computed from (ZooKeeper's setData with a
// version), so two concurrent changes can never both win: the loser re-reads, re-applies
// its change to the new document, and may then fail (e.g. AlreadyExists) on what it sees.
import { Kvm, type KV } from '@nats-io/kv';
import { JetStreamApiError } from '@nats-io/jetstream';
import type { NatsConnection } from '@nats-io/nats-core';
import { cluster, encode, metadataBucket, type ClusterMetadataMessage } from '@cassia/wire';

/** The one key holding the document. */
export const METADATA_KEY = 'cluster';
/** Version of the document's layout, stored in it; bump on incompatible changes. */
export const METADATA_FORMAT_VERSION = 1;
/** Past revisions the bucket keeps (for operators' inspection). */
export const METADATA_HISTORY = 16;
/** JetStream replicas of the metadata bucket unless a process is told otherwise. */
export const METADATA_REPLICAS_DEFAULT = 1;
/** Compare-and-set attempts before giving up under contention. */
export const CAS_ATTEMPTS_MAX = 32;
/** Deadline of one KV operation. */
export const METADATA_OP_TIMEOUT_MS = 5_000;

/** Pause before re-opening a watch that ended (connection loss). */
export const WATCH_RETRY_DELAY_MS = 500;

/** JetStream's error code for a compare-and-set on a stale revision. */
const WRONG_LAST_SEQUENCE = 10071;

export interface MetadataSnapshot {
  /** The KV revision of this document; 0 for the empty document before the first write. */
  readonly epoch: number;
  readonly doc: ClusterMetadataMessage;
}

export class MetadataContentionError extends Error {
  override readonly name = 'MetadataContentionError';
  constructor(attempts: number) {
    super(`cluster metadata changed under us ${attempts} times in a row; giving up`);
  }
}

export function emptyMetadata(): ClusterMetadataMessage {
  return { formatVersion: METADATA_FORMAT_VERSION, keyspaces: {}, members: {} };
}

export function decodeMetadata(bytes: Uint8Array): ClusterMetadataMessage {
  const doc = cluster.ClusterMetadata.decode(bytes);
  if ((doc.formatVersion ?? 0) > METADATA_FORMAT_VERSION) {
    throw new Error(`cluster metadata format ${doc.formatVersion} is newer than this build understands`);
  }
  return doc;
}

type Listener = (snapshot: MetadataSnapshot) => void;

/** JetStream's "subjects overlap with an existing stream" (a concurrent create of the same bucket). */
const JS_SUBJECTS_OVERLAP_CODE = 10065;
/** Attempts at opening the bucket when concurrent creates race. */
const METADATA_OPEN_ATTEMPTS_MAX = 3;

/**
 * A process's view of the cluster metadata: the latest applied snapshot (kept current by a
 * KV watch, applied in epoch order) and compare-and-set updates.
 */
export class MetadataStore {
  private snapshot: MetadataSnapshot = { epoch: 0, doc: emptyMetadata() };
  private readonly listeners = new Set<Listener>();
  private readonly waiters = new Set<{ epoch: number; resolve: () => void }>();
  private stopWatch: (() => void) | undefined;
  private closed = false;
  /** Called when the watch fails and is about to be resumed (for logs). */
  onWatchError: (err: unknown) => void = () => undefined;

  private constructor(private readonly kv: KV) {}

  /**
   * Opens (creating if needed) the cluster's bucket and starts watching the document.
   * `replicas`: JetStream replicas of the bucket (1 by default; 3 on a 3-server NATS cluster, so
   * that losing one server loses no metadata). Every process of a cluster must pass the same
   * value: JetStream refuses to open an existing bucket with another replica count.
   */
  static async open(nc: NatsConnection, clusterName: string, options: { replicas?: number } = {}): Promise<MetadataStore> {
    const kvm = new Kvm(nc);
    const replicas = options.replicas ?? METADATA_REPLICAS_DEFAULT;
    let kv: KV | undefined;
    try {
      for (let attempt = 1; kv === undefined; attempt++) {
        try {
          kv = await kvm.create(metadataBucket(clusterName), { history: METADATA_HISTORY, replicas });
        } catch (err) {
          // Processes starting together race to create the bucket: the loser's stream create is
          // refused as overlapping the winner's, and opening again finds the winner's bucket.
          if ((err as { code?: unknown }).code !== JS_SUBJECTS_OVERLAP_CODE || attempt >= METADATA_OPEN_ATTEMPTS_MAX) throw err;
        }
      }
    } catch (err) {
      throw new Error(`cannot open the metadata bucket of cluster "${clusterName}" with ${replicas} replica(s) (every process must use the same --metadata-replicas): ${(err as Error).message}`, { cause: err });
    }
    const store = new MetadataStore(kv);
    await store.startWatch();
    return store;
  }

  /** The latest snapshot this process has applied. */
  current(): MetadataSnapshot {
    return this.snapshot;
  }

  /** Called after every newly applied snapshot, in epoch order. Returns an unsubscribe. */
  onChange(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Reads the latest document from the bucket (not just the watched copy). */
  async read(): Promise<MetadataSnapshot> {
    const entry = await this.kv.get(METADATA_KEY);
    if (entry === null || entry.operation !== 'PUT' || entry.length === 0) {
      return { epoch: entry?.revision ?? 0, doc: emptyMetadata() };
    }
    return { epoch: entry.revision, doc: decodeMetadata(entry.value) };
  }

  /**
   * Applies `change` to the latest document and writes it back if nobody wrote in
   * between; otherwise retries on the newer document. `change` mutates the document it is
   * given and returns true, or returns false for "nothing to do" (no write); errors it
   * throws propagate (nothing is written). Resolves with the snapshot that holds the
   * change, already applied locally.
   */
  async update(change: (doc: ClusterMetadataMessage) => boolean): Promise<MetadataSnapshot> {
    for (let attempt = 1; attempt <= CAS_ATTEMPTS_MAX; attempt++) {
      const { epoch, doc } = await this.read();
      if (!change(doc)) return this.apply({ epoch, doc });
      doc.formatVersion = METADATA_FORMAT_VERSION;
      const bytes = encode(cluster.ClusterMetadata, doc);
      try {
        const revision =
          epoch === 0
            ? await this.kv.create(METADATA_KEY, bytes)
            : await this.kv.update(METADATA_KEY, bytes, epoch, METADATA_OP_TIMEOUT_MS);
        // The document we wrote holds every earlier change, so it can be applied now
        // rather than when the watch delivers it (which it will; apply ignores repeats).
        return this.apply({ epoch: revision, doc: decodeMetadata(bytes) });
      } catch (err) {
        if (isStaleRevision(err)) continue;
        throw err;
      }
    }
    throw new MetadataContentionError(CAS_ATTEMPTS_MAX);
  }

  /**
   * Resolves with the applied snapshot once this process has applied `epoch` (or a later
   * one), or after `timeoutMs` with whatever it has applied by then.
   */
  waitForEpoch(epoch: number, timeoutMs: number = METADATA_OP_TIMEOUT_MS): Promise<MetadataSnapshot> {
    if (this.snapshot.epoch >= epoch || this.closed) return Promise.resolve(this.snapshot);
    return new Promise((resolve) => {
      const waiter = {
        epoch,
        resolve: () => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(this.snapshot);
        },
      };
      const timer = setTimeout(waiter.resolve, timeoutMs);
      this.waiters.add(waiter);
    });
  }

  /** Stops the watch; pending waitForEpoch calls resolve with the current snapshot. */
  async close(): Promise<void> {
    this.closed = true;
    this.stopWatch?.();
    for (const waiter of [...this.waiters]) waiter.resolve();
  }

  private async startWatch(): Promise<void> {
    this.apply(await this.read());
    let stopped = false;
    let stopIterator: (() => void) | undefined;
    this.stopWatch = () => {
      stopped = true;
      stopIterator?.();
    };
    // The watch ends only when the connection closes or the consumer is lost; then it
    // is resumed from the last applied epoch after a pause, until close().
    void (async () => {
      while (!stopped) {
        try {
          const iterator = await this.kv.watch({ key: METADATA_KEY, resumeFromRevision: this.snapshot.epoch + 1 });
          stopIterator = () => iterator.stop();
          for await (const entry of iterator) {
            // A deleted or purged document (an operator wiping the bucket) is an empty one.
            const doc = entry.operation === 'PUT' && entry.length > 0 ? decodeMetadata(entry.value) : emptyMetadata();
            this.apply({ epoch: entry.revision, doc });
          }
        } catch (err) {
          this.onWatchError(err); // connection trouble or an undecodable document: resumed below
        }
        if (!stopped) await new Promise((r) => setTimeout(r, WATCH_RETRY_DELAY_MS));
      }
    })();
  }

  private apply(next: MetadataSnapshot): MetadataSnapshot {
    if (next.epoch <= this.snapshot.epoch) return this.snapshot;
    this.snapshot = next;
    for (const waiter of [...this.waiters]) if (waiter.epoch <= next.epoch) waiter.resolve();
    for (const listener of this.listeners) {
      try {
        listener(next);
      } catch (err) {
        this.onWatchError(err); // a listener's bug must not stop metadata from applying
      }
    }
    return next;
  }
}

function isStaleRevision(err: unknown): boolean {
  if (err instanceof JetStreamApiError) return err.code === WRONG_LAST_SEQUENCE;
  return err instanceof Error && /wrong last sequence|key exists/i.test(err.message);
}
