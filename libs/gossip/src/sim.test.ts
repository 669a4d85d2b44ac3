import { describe, expect, it } from 'vitest';
import type { GossipMessage } from './messages.js';
import { seededRandomSource } from './random.js';
import { SimNetwork, SimScheduler } from './sim.js';

const ack2: GossipMessage = { kind: 'ack2', states: [] };

describe('SimScheduler', () => {
  it('runs tasks in time order, ties in scheduling order, and moves the clock', () => {
    const s = new SimScheduler(1_000);
    const log: string[] = [];
    s.schedule(20, () => log.push(`b@${s.nowMs()}`));
    s.schedule(10, () => log.push(`a@${s.nowMs()}`));
    s.schedule(20, () => log.push(`c@${s.nowMs()}`));
    const cancelled = s.schedule(15, () => log.push('never'));
    cancelled.cancel();
    s.runFor(19);
    expect(log).toEqual(['a@1010']);
    expect(s.nowMs()).toBe(1_019);
    s.runFor(100);
    expect(log).toEqual(['a@1010', 'b@1020', 'c@1020']);
    expect(s.nowMs()).toBe(1_119);
  });

  it('runUntil returns the elapsed time, or undefined at the limit', () => {
    const s = new SimScheduler(0);
    let ticks = 0;
    const tick = (): void => {
      ticks++;
      s.schedule(100, tick);
    };
    s.schedule(100, tick);
    expect(s.runUntil(() => ticks === 3, 1_000)).toBe(300);
    expect(s.runUntil(() => ticks === 100, 1_000)).toBeUndefined();
    expect(s.nowMs()).toBe(1_300);
  });
});

describe('SimNetwork', () => {
  function net(options = {}) {
    const s = new SimScheduler(0);
    const n = new SimNetwork(s, seededRandomSource(1), { latencyMinMs: 5, latencyMaxMs: 5, ...options });
    const received: string[] = [];
    const a = n.connect('a');
    const b = n.connect('b');
    a.onMessage((from) => received.push(`${from}->a`));
    b.onMessage((from) => received.push(`${from}->b`));
    return { s, n, a, b, received };
  }

  it('delivers copies after the latency', () => {
    const s = new SimScheduler(0);
    const n = new SimNetwork(s, seededRandomSource(1), { latencyMinMs: 5, latencyMaxMs: 5 });
    const a = n.connect('a');
    const b = n.connect('b');
    let got: GossipMessage | undefined;
    b.onMessage((_from, m) => (got = m));
    a.send('b', ack2);
    s.runFor(4);
    expect(got).toBeUndefined();
    s.runFor(1);
    expect(got).toEqual(ack2);
    expect(got).not.toBe(ack2);
    expect(n.stats()).toEqual({ sent: 1, delivered: 1, dropped: 0 });
  });

  it('drops messages across a partition, to a crashed member, and at the drop rate', () => {
    const { s, n, a, b, received } = net();
    n.partition([['a'], ['b']]);
    a.send('b', ack2);
    s.runFor(10);
    n.heal();
    a.send('b', ack2);
    s.runFor(10);
    n.crash('b');
    a.send('b', ack2);
    b.send('a', ack2);
    s.runFor(10);
    expect(received).toEqual(['a->b']);
    n.connect('b').onMessage((from) => received.push(`${from}->b again`));
    n.setOptions({ dropRate: 1 });
    a.send('b', ack2);
    s.runFor(10);
    n.setOptions({ dropRate: 0 });
    a.send('b', ack2);
    s.runFor(10);
    expect(received).toEqual(['a->b', 'a->b again']);
  });

  it('sends to any connected member, the sender included, like a NATS queue group', () => {
    const { s, a, received } = net();
    for (let i = 0; i < 40; i++) a.sendToAny(ack2);
    s.runFor(10);
    expect(received).toContain('a->a');
    expect(received).toContain('a->b');
  });
});
