// Child process of engine.kill.test.ts: opens the engine on a real directory and writes
// with group commit from many concurrent writers until killed, printing "ack <n>" for every
// write once it is acknowledged and "flushed" for every flush once it is in the manifest.
// Uses the built engine (dist/).
import { StorageEngine, nodeFileSystem, systemClock } from '../dist/index.js';

const [dataDir, startArg] = process.argv.slice(2);
const WRITERS = 32;
let next = Number(startArg);

const engine = await StorageEngine.open({
  dataDir,
  fs: nodeFileSystem,
  clock: systemClock,
  memtableBytesMax: 64 * 1024,
  commitLog: { segmentSizeBytesMax: 256 * 1024 },
  compactionBytesPerSecondMax: 0,
  tableOptions: { t: { compaction: { strategy: 'size-tiered', minSSTableSizeBytes: 0 } } },
  listener: { onFlush: () => process.stdout.write('flushed\n') },
});
process.stdout.write('ready\n');

const key = (i) => Buffer.from(`key-${i}`);
await Promise.all(
  Array.from({ length: WRITERS }, async () => {
    for (;;) {
      const i = next++;
      await engine.apply({
        tableId: 't',
        token: BigInt(i % 1000) * 18_446_744_073_709n - 9_000_000_000_000_000n,
        partitionKey: key(i),
        rows: [{ clustering: new Uint8Array(0), cells: [{ column: 'v', cell: { value: Buffer.from(`value-${i}`), timestamp: BigInt(i + 1), ttlSeconds: 0, localDeletionTime: 0 } }] }],
      });
      process.stdout.write(`ack ${i}\n`);
    }
  }),
);
