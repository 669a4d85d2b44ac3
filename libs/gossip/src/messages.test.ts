import { describe, expect, it } from 'vitest';
import { GossipMessageError } from './errors.js';
import {
  APPLICATION_STATES_MAX,
  APPLICATION_STATE_VALUE_CHARS_MAX,
  ENDPOINT_ID_CHARS_MAX,
  GOSSIP_ENDPOINTS_MAX,
  parseGossipMessage,
  type GossipMessage,
} from './messages.js';

const digest = (endpoint: string) => ({ endpoint, generation: 1_700_000_000_000, maxVersion: 3 });
const state = (endpoint: string, n = 1) => ({
  endpoint,
  generation: 5,
  heartbeatVersion: 9,
  applicationStates: Array.from({ length: n }, (_, i) => ({ key: `K${i}`, value: `v${i}`, version: i + 1 })),
});

function rejects(value: unknown, problem: RegExp): void {
  let caught: unknown;
  try {
    parseGossipMessage(value);
  } catch (err) {
    caught = err;
  }
  expect(caught).toBeInstanceOf(GossipMessageError);
  expect((caught as Error).message).toMatch(problem);
}

describe('parseGossipMessage', () => {
  it('accepts the three messages and copies only known fields', () => {
    const syn = { kind: 'syn', clusterName: 'c', digests: [digest('a'), digest('b')], extra: 1 };
    expect(parseGossipMessage(syn)).toEqual({ kind: 'syn', clusterName: 'c', digests: [digest('a'), digest('b')] });
    const ack: GossipMessage = { kind: 'ack', digests: [{ endpoint: 'x', generation: 0, maxVersion: 0 }], states: [state('a', 2)] };
    expect(parseGossipMessage(ack)).toEqual(ack);
    const ack2: GossipMessage = { kind: 'ack2', states: [state('a'), state('b', 0)] };
    expect(parseGossipMessage(ack2)).toEqual(ack2);
    expect(parseGossipMessage(ack2)).not.toBe(ack2);
  });

  it('rejects garbage with GossipMessageError naming the problem', () => {
    rejects(null, /message: not an object/);
    rejects([], /message: not an object/);
    rejects({ kind: 'hello' }, /unknown kind/);
    rejects({ kind: 'syn', clusterName: 7, digests: [] }, /clusterName/);
    rejects({ kind: 'syn', clusterName: 'c', digests: {} }, /digests: not an array/);
    rejects({ kind: 'syn', clusterName: 'c', digests: [{ endpoint: 'a b', generation: 1, maxVersion: 1 }] }, /endpoint id/);
    rejects({ kind: 'syn', clusterName: 'c', digests: [{ endpoint: 'a', generation: -1, maxVersion: 1 }] }, /generation/);
    rejects({ kind: 'syn', clusterName: 'c', digests: [{ endpoint: 'a', generation: 1.5, maxVersion: 1 }] }, /generation/);
    rejects({ kind: 'syn', clusterName: 'c', digests: [{ endpoint: 'a', generation: 1, maxVersion: 2 ** 60 }] }, /maxVersion/);
    rejects({ kind: 'syn', clusterName: 'c', digests: [digest('a'), digest('a')] }, /appears twice/);
    rejects({ kind: 'ack2', states: [{ ...state('a'), generation: 0 }] }, /generation above 0/);
    rejects({ kind: 'ack2', states: [state('a'), state('a')] }, /appears twice/);
    rejects({ kind: 'ack2', states: [{ ...state('a'), applicationStates: [{ key: '', value: '', version: 1 }] }] }, /key/);
    rejects({ kind: 'ack2', states: [{ ...state('a'), applicationStates: [{ key: 'K', value: 1, version: 1 }] }] }, /value/);
    rejects(
      { kind: 'ack2', states: [{ ...state('a'), applicationStates: [{ key: 'K', value: 'a', version: 1 }, { key: 'K', value: 'b', version: 2 }] }] },
      /appears twice/,
    );
  });

  it('enforces every size limit', () => {
    rejects({ kind: 'syn', clusterName: 'c', digests: [digest('a'.repeat(ENDPOINT_ID_CHARS_MAX + 1))] }, /endpoint id/);
    expect(() => parseGossipMessage({ kind: 'syn', clusterName: 'c', digests: [digest('a'.repeat(ENDPOINT_ID_CHARS_MAX))] })).not.toThrow();
    const many = Array.from({ length: GOSSIP_ENDPOINTS_MAX + 1 }, (_, i) => digest(`e${i}`));
    rejects({ kind: 'syn', clusterName: 'c', digests: many }, /at most 1024/);
    rejects({ kind: 'ack2', states: [state('a', APPLICATION_STATES_MAX + 1)] }, /at most 32/);
    const big = { key: 'K', value: 'x'.repeat(APPLICATION_STATE_VALUE_CHARS_MAX + 1), version: 1 };
    rejects({ kind: 'ack2', states: [{ ...state('a'), applicationStates: [big] }] }, /at most 2048/);
    rejects({ kind: 'syn', clusterName: 'c'.repeat(65), digests: [] }, /clusterName/);
  });
});
