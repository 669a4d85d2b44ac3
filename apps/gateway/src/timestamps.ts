// Write timestamps the coordinator assigns when a statement has no USING TIMESTAMP:
// microseconds since the epoch, strictly increasing within this process (as Cassandra's
// ClientState.getTimestamp), so two writes through one gateway never tie.
export class TimestampGenerator {
  private last = 0n;

  constructor(private readonly nowMs: () => number = Date.now) {}

  nextMicros(): bigint {
    const now = BigInt(this.nowMs()) * 1000n;
    this.last = now > this.last ? now : this.last + 1n;
    return this.last;
  }
}
