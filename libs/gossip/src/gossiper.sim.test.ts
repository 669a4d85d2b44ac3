// Deterministic simulation of gossip clusters: seeded clock, scheduler and network (latency,
// loss, partitions, crashes). Each scenario runs under several seeds; a failure names its
// seed, and GOSSIP_SIM_SEED=<n> reruns exactly that run. GOSSIP_SIM_SEEDS=<count> runs more
// seeds per scenario; GOSSIP_SIM_REPORT=1 prints the measured times.
import { describe, expect, it } from 'vitest';
import { ApplicationState, MemberRole, MemberStatus } from './endpoint-state.js';
import { Gossiper, type GossipEvent, type GossiperConfig } from './gossiper.js';
import { PHI_CONVICT_THRESHOLD } from './phi.js';
import { seededRandomSource, type RandomSource } from './random.js';
import { SimNetwork, SimScheduler, type SimNetworkOptions } from './sim.js';

const ENV_SEED = process.env['GOSSIP_SIM_SEED'];
const SEEDS_PER_SCENARIO = Number(process.env['GOSSIP_SIM_SEEDS'] ?? 4);
const REPORT = process.env['GOSSIP_SIM_REPORT'] === '1';

/** The seeds a scenario runs with: GOSSIP_SIM_SEED alone, or a fixed list per scenario. */
function seeds(scenario: number): number[] {
  if (ENV_SEED !== undefined && ENV_SEED !== '') return [Number(ENV_SEED)];
  return Array.from({ length: SEEDS_PER_SCENARIO }, (_, i) => scenario * 1_000 + i + 1);
}

/** Runs `body` for every seed; a failure's message starts with the seed that reproduces it. */
function forEachSeed(scenario: number, body: (seed: number) => void): void {
  for (const seed of seeds(scenario)) {
    try {
      body(seed);
    } catch (err) {
      if (err instanceof Error) err.message = `[GOSSIP_SIM_SEED=${seed}] ${err.message}`;
      throw err;
    }
  }
}

function report(line: string): void {
  if (REPORT) console.log(line);
}

interface Member {
  readonly gossiper: Gossiper;
  readonly events: { atMs: number; event: GossipEvent }[];
}

const MEMBERS = 10;
/** Simulated minutes take real seconds on a busy machine. */
const SLOW_TEST_TIMEOUT_MS = 120_000;
const ids = (n: number): string[] => Array.from({ length: n }, (_, i) => `m${i}`);

/** A simulated cluster: members joining, crashing and restarting over one SimNetwork. */
class SimCluster {
  readonly scheduler = new SimScheduler();
  readonly random: RandomSource;
  readonly network: SimNetwork;
  readonly members = new Map<string, Member>();
  private readonly lastGeneration = new Map<string, number>();

  constructor(
    seed: number,
    network: Partial<SimNetworkOptions> = {},
    private readonly options: GossiperConfig['options'] = {},
  ) {
    this.random = seededRandomSource(seed);
    this.network = new SimNetwork(this.scheduler, this.random, network);
  }

  /** Starts (or restarts) `id` now, with a generation above any earlier one of it. */
  start(id: string, applicationStates: Record<string, string> = {}): Gossiper {
    const old = this.members.get(id);
    if (old !== undefined) old.gossiper.stop();
    const generation = Math.max(this.scheduler.nowMs(), (this.lastGeneration.get(id) ?? 0) + 1);
    this.lastGeneration.set(id, generation);
    const gossiper = new Gossiper({
      id,
      clusterName: 'sim',
      generation,
      transport: this.network.connect(id),
      clock: this.scheduler,
      scheduler: this.scheduler,
      random: seededRandomSource(this.random.nextUint32()),
      applicationStates: { [ApplicationState.STATUS]: MemberStatus.NORMAL, ...applicationStates },
      options: this.options,
    });
    const member: Member = { gossiper, events: [] };
    gossiper.subscribe((event) => member.events.push({ atMs: this.scheduler.nowMs(), event }));
    this.members.set(id, member);
    gossiper.start();
    return gossiper;
  }

  /** Starts every id at a random moment within the next second. */
  startStaggered(memberIds: readonly string[], states: (id: string) => Record<string, string> = () => ({})): void {
    for (const id of memberIds) {
      this.scheduler.schedule(Math.floor((this.random.nextUint32() / 2 ** 32) * 1_000), () => this.start(id, states(id)));
    }
    this.scheduler.runFor(1_000);
  }

  /** A SIGKILL: the process stops and its connection vanishes. */
  crash(id: string): void {
    this.member(id).gossiper.stop();
    this.network.crash(id);
  }

  member(id: string): Member {
    const m = this.members.get(id);
    if (m === undefined) throw new Error(`no member ${id}`);
    return m;
  }

  gossiper(id: string): Gossiper {
    return this.member(id).gossiper;
  }

  running(): Gossiper[] {
    return [...this.members.values()].map((m) => m.gossiper).filter((g) => g.isAlive(g.id));
  }

  /**
   * Every running member sees exactly the running members up, and holds for each the same
   * generation and application states as that member itself.
   */
  converged(): boolean {
    const running = this.running();
    const liveIds = running.map((g) => g.id).sort().join(',');
    for (const observer of running) {
      if (observer.liveMembers().join(',') !== liveIds) return false;
      for (const subject of running) {
        const own = subject.state(subject.id)!;
        const seen = observer.state(subject.id);
        if (seen === undefined || seen.generation !== own.generation) return false;
        if (seen.applicationStates.size !== own.applicationStates.size) return false;
        for (const [key, v] of own.applicationStates) {
          const w = seen.applicationStates.get(key);
          if (w === undefined || w.value !== v.value || w.version !== v.version) return false;
        }
      }
    }
    return true;
  }

  /** 'down' events about anyone but `except`, from any member, since `sinceMs`. */
  falseDowns(sinceMs: number, except: readonly string[] = []): string[] {
    const out: string[] = [];
    for (const [observer, m] of this.members) {
      for (const { atMs, event } of m.events) {
        if (atMs >= sinceMs && event.kind === 'down' && !except.includes(event.endpoint)) {
          out.push(`${observer} saw ${event.endpoint} down at +${atMs - sinceMs} ms (phi ${event.state.phi.toFixed(2)})`);
        }
      }
    }
    return out;
  }

  /** The first event of `kind` about `endpoint` each observer had since `sinceMs`. */
  firstEvents(kind: GossipEvent['kind'], endpoint: string, sinceMs: number, observers: readonly string[]) {
    return observers.map((observer) => {
      const hit = this.member(observer).events.find(
        (e) => e.atMs >= sinceMs && e.event.kind === kind && e.event.endpoint === endpoint,
      );
      return { observer, atMs: hit?.atMs, event: hit?.event };
    });
  }
}

/** Converges a MEMBERS-member cluster and lets it run `steadyMs` so the detectors have history. */
function convergedCluster(seed: number, network: Partial<SimNetworkOptions> = {}, steadyMs = 30_000): SimCluster {
  const c = new SimCluster(seed, network);
  c.startStaggered(ids(MEMBERS), (id) => ({ [ApplicationState.DC]: 'dc1', [ApplicationState.RACK]: `r${id.length}` }));
  const took = c.scheduler.runUntil(() => c.converged(), 30_000);
  expect(took, 'cluster did not converge within 30 s').toBeDefined();
  c.scheduler.runFor(steadyMs);
  expect(c.falseDowns(0)).toEqual([]);
  return c;
}

describe('gossip simulation', { timeout: SLOW_TEST_TIMEOUT_MS }, () => {
  it('converges: 10 members started within one second agree on membership and states', () => {
    const rounds: number[] = [];
    const updateRounds: number[] = [];
    forEachSeed(1, (seed) => {
      const c = new SimCluster(seed);
      c.startStaggered(ids(MEMBERS), (id) => ({
        [ApplicationState.ROLE]: id === 'm9' ? MemberRole.GATEWAY : MemberRole.NODE,
        [ApplicationState.DC]: 'dc1',
        [ApplicationState.LOAD]: '0',
      }));
      const took = c.scheduler.runUntil(() => c.converged(), 30_000);
      expect(took, 'no convergence within 30 s').toBeDefined();
      rounds.push(Math.ceil(took! / 1_000) + 1); // +1: members started during the first second
      expect(rounds.at(-1)).toBeLessThanOrEqual(10);
      // Views are identical, the gateway (no tokens, ROLE gateway) included.
      for (const g of c.running()) {
        expect(g.liveMembers()).toEqual(ids(MEMBERS).sort());
        expect(g.state('m9')?.applicationStates.get(ApplicationState.ROLE)?.value).toBe(MemberRole.GATEWAY);
      }
      // A change of application state everywhere spreads just as fast, and is announced.
      for (const g of c.running()) g.setApplicationState(ApplicationState.LOAD, `${g.id}-load`);
      const since = c.scheduler.nowMs();
      const again = c.scheduler.runUntil(() => c.converged(), 30_000);
      expect(again, 'no convergence after the update within 30 s').toBeDefined();
      updateRounds.push(Math.ceil(again! / 1_000));
      expect(updateRounds.at(-1)).toBeLessThanOrEqual(8);
      for (const [observer, m] of c.members) {
        const changes = m.events.filter((e) => e.atMs >= since && e.event.kind === 'change');
        expect(new Set(changes.map((e) => e.event.endpoint)).size, observer).toBe(MEMBERS - 1);
      }
      expect(c.falseDowns(0)).toEqual([]);
    });
    report(`convergence rounds from cold start: ${rounds.join(' ')}; after an update: ${updateRounds.join(' ')}`);
  });

  it('marks a crashed member down at every other member within 10 s, with phi above 8', () => {
    const detections: number[] = [];
    forEachSeed(2, (seed) => {
      const c = convergedCluster(seed);
      const victim = 'm3';
      const crashedAt = c.scheduler.nowMs();
      c.crash(victim);
      const others = ids(MEMBERS).filter((id) => id !== victim);
      const took = c.scheduler.runUntil(() => others.every((id) => !c.gossiper(id).isAlive(victim)), 15_000);
      expect(took, 'not every member saw the crash within 15 s').toBeDefined();
      for (const { observer, atMs, event } of c.firstEvents('down', victim, crashedAt, others)) {
        expect(atMs, `${observer} saw no down event`).toBeDefined();
        expect(atMs! - crashedAt, `${observer} detection time`).toBeLessThanOrEqual(10_000);
        expect(event!.state.phi, `${observer} phi at conviction`).toBeGreaterThan(PHI_CONVICT_THRESHOLD);
        detections.push(atMs! - crashedAt);
      }
      // It stays down (no flapping on stale heartbeats still in flight), nobody else goes down.
      c.scheduler.runFor(30_000);
      for (const id of others) expect(c.gossiper(id).isAlive(victim), `${id} revived ${victim}`).toBe(false);
      expect(c.falseDowns(0, [victim])).toEqual([]);
    });
    detections.sort((a, b) => a - b);
    report(
      `crash detection (ms after the crash, ${detections.length} observations): ` +
        `min ${detections[0]} median ${detections[detections.length >> 1]} max ${detections.at(-1)}`,
    );
  });

  it('sees a restarted member up within 5 s, its new generation and states replacing the old', () => {
    const ups: number[] = [];
    forEachSeed(3, (seed) => {
      const c = convergedCluster(seed);
      const victim = 'm7';
      c.gossiper(victim).setApplicationState('OLD_ONLY', 'from the first incarnation');
      c.scheduler.runFor(10_000);
      const oldGeneration = c.gossiper(victim).generation;
      c.crash(victim);
      const others = ids(MEMBERS).filter((id) => id !== victim);
      expect(c.scheduler.runUntil(() => others.every((id) => !c.gossiper(id).isAlive(victim)), 15_000)).toBeDefined();
      c.scheduler.runFor(5_000);
      const restartedAt = c.scheduler.nowMs();
      const restarted = c.start(victim, { [ApplicationState.LOAD]: 'second life' });
      expect(restarted.generation).toBeGreaterThan(oldGeneration);
      const took = c.scheduler.runUntil(
        () => others.every((id) => c.gossiper(id).isAlive(victim) && c.gossiper(id).state(victim)?.generation === restarted.generation),
        5_000,
      );
      expect(took, 'not every member saw the restart within 5 s').toBeDefined();
      for (const { observer, atMs } of c.firstEvents('up', victim, restartedAt, others)) {
        expect(atMs, `${observer} saw no up event`).toBeDefined();
        ups.push(atMs! - restartedAt);
      }
      for (const { observer, event } of c.firstEvents('restart', victim, restartedAt, others)) {
        expect(event, `${observer} saw no restart event`).toBeDefined();
      }
      for (const id of others) {
        const seen = c.gossiper(id).state(victim)!;
        expect(seen.applicationStates.has('OLD_ONLY'), `${id} kept an old state`).toBe(false);
        expect(seen.applicationStates.get(ApplicationState.LOAD)?.value).toBe('second life');
      }
      // And it is seen whole: the restarted member converges with everyone.
      expect(c.scheduler.runUntil(() => c.converged(), 10_000)).toBeDefined();
    });
    ups.sort((a, b) => a - b);
    report(`restart seen up (ms after the restart): min ${ups[0]} median ${ups[ups.length >> 1]} max ${ups.at(-1)}`);
  });

  const LOSSY_RUN_MS = 10 * 60_000;
  const SAMPLE_MS = 250;
  it('does not convict a member that merely misses packets (10% loss)', () => {
    const maxPhis: number[] = [];
    forEachSeed(4, (seed) => {
      const c = convergedCluster(seed, { dropRate: 0.1, latencyMinMs: 1, latencyMaxMs: 50 });
      const since = c.scheduler.nowMs();
      const gossipers = c.running();
      let maxPhi = 0;
      const sample = (): void => {
        for (const g of gossipers) for (const id of ids(MEMBERS)) maxPhi = Math.max(maxPhi, g.phi(id));
        c.scheduler.schedule(SAMPLE_MS, sample);
      };
      sample();
      c.scheduler.runFor(LOSSY_RUN_MS);
      expect(c.falseDowns(since)).toEqual([]);
      expect(maxPhi).toBeLessThan(PHI_CONVICT_THRESHOLD);
      maxPhis.push(maxPhi);
    });
    report(`max phi over ${LOSSY_RUN_MS / 60_000} simulated minutes at 10% loss: ${maxPhis.map((p) => p.toFixed(2)).join(' ')}`);
  });

  it('marks a member that shuts down gracefully down at once, and up again when it restarts', () => {
    forEachSeed(5, (seed) => {
      const latencyMaxMs = 20;
      const c = convergedCluster(seed, { latencyMinMs: 1, latencyMaxMs });
      const victim = 'm5';
      const others = ids(MEMBERS).filter((id) => id !== victim);
      c.gossiper(victim).shutdown();
      c.network.crash(victim);
      const took = c.scheduler.runUntil(() => others.every((id) => !c.gossiper(id).isAlive(victim)), latencyMaxMs + 1);
      expect(took, 'not every member saw the shutdown within one message latency').toBeDefined();
      for (const id of others) {
        expect(c.gossiper(id).state(victim)?.applicationStates.get(ApplicationState.STATUS)?.value).toBe(MemberStatus.SHUTDOWN);
      }
      c.scheduler.runFor(30_000);
      for (const id of others) expect(c.gossiper(id).isAlive(victim)).toBe(false);
      expect(c.falseDowns(0, [victim])).toEqual([]);
      c.start(victim);
      expect(c.scheduler.runUntil(() => others.every((id) => c.gossiper(id).isAlive(victim)), 5_000)).toBeDefined();
    });
  });

  const PARTITION_DETECTION_LIMIT_MS = 15_000;
  it('marks the far side of a partition down, and everyone up again once it heals', () => {
    const splits: number[] = [];
    const heals: number[] = [];
    forEachSeed(6, (seed) => {
      const c = convergedCluster(seed);
      const left = ids(MEMBERS).slice(0, 5);
      const right = ids(MEMBERS).slice(5);
      /** Pairs whose view is not yet "my side up, the far side down". */
      const wrongViews = (): string[] => {
        const out: string[] = [];
        for (const [mine, far] of [
          [left, right],
          [right, left],
        ] as const) {
          for (const a of mine) {
            for (const b of mine) if (!c.gossiper(a).isAlive(b)) out.push(`${a} sees ${b} down`);
            for (const b of far) if (c.gossiper(a).isAlive(b)) out.push(`${a} sees ${b} up`);
          }
        }
        return out;
      };
      const partitionedAt = c.scheduler.nowMs();
      c.network.partition([left, right]);
      // Slower than a single crash: until the far side is convicted, half of every SYN goes
      // to it and is lost, so the last heartbeats still spread inside each side for up to
      // ~4 s: 6.4–11.5 s over 40 seeds (a crash: 4.2–7.3 s).
      c.scheduler.runUntil(() => wrongViews().length === 0, PARTITION_DETECTION_LIMIT_MS);
      expect(wrongViews(), `views ${c.scheduler.nowMs() - partitionedAt} ms after the partition`).toEqual([]);
      splits.push(c.scheduler.nowMs() - partitionedAt);
      c.scheduler.runFor(20_000);
      c.network.heal();
      const healed = c.scheduler.runUntil(() => c.converged(), 10_000);
      expect(healed, 'no convergence within 10 s of healing').toBeDefined();
      heals.push(healed!);
    });
    report(`partition: sides down after (ms) ${splits.join(' ')}; healed, all up again after (ms) ${heals.join(' ')}`);
  });

  it('is deterministic: the same seed gives the same run', () => {
    const run = (seed: number): string => {
      const c = new SimCluster(seed, { dropRate: 0.05 });
      c.startStaggered(ids(5));
      c.scheduler.runFor(20_000);
      c.crash('m1');
      c.scheduler.runFor(20_000);
      return JSON.stringify({
        net: c.network.stats(),
        events: [...c.members].map(([id, m]) => [id, m.events.map((e) => [e.atMs, e.event.kind, e.event.endpoint])]),
      });
    };
    expect(run(42)).toBe(run(42));
    expect(run(42)).not.toBe(run(43));
  });
});
