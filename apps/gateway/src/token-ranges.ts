// The pieces a range scan walks: the ring's vnode ranges that meet a scan's token bounds, in
// token order, each with one set of replicas. A vnode token t owns (previous token, t]; the
// first token also owns [MIN_TOKEN, first] and the wrap-around (last, MAX_TOKEN].
//
// Contract: scanSegments returns non-empty, non-overlapping, inclusive [start, end] ranges,
// ascending, that together cover exactly [lo, hi] ∩ the token space (nothing when lo > hi or
// the ring is empty), each lying within one vnode range; `owner` is a token of that vnode
// range (its end), whose replicas serve the whole segment.
import { MAX_TOKEN, MIN_TOKEN } from '@cassia/ring';
import type { TokenRange } from '@cassia/cql-lite';

export interface TokenSegment {
  start: bigint;
  end: bigint;
  /** A token owned by the same vnode as the whole segment (ask its replicas). */
  owner: bigint;
}

export interface RingTokens {
  readonly tokenCount: number;
  tokenAt(index: number): bigint;
}

/** A scan's token bounds as an inclusive [lo, hi]; undefined when they select nothing. */
export function inclusiveBounds(range: TokenRange | undefined): { lo: bigint; hi: bigint } | undefined {
  let lo = MIN_TOKEN;
  let hi = MAX_TOKEN;
  const start = range?.start;
  const end = range?.end;
  if (start !== undefined) {
    if (!start.inclusive && start.token === MAX_TOKEN) return undefined;
    lo = start.inclusive ? start.token : start.token + 1n;
  }
  if (end !== undefined) {
    if (!end.inclusive && end.token === MIN_TOKEN) return undefined;
    hi = end.inclusive ? end.token : end.token - 1n;
  }
  return lo > hi ? undefined : { lo, hi };
}

/** The vnode ranges of `ring` within [lo, hi], in token order (see the contract above). */
export function scanSegments(ring: RingTokens, lo: bigint, hi: bigint): TokenSegment[] {
  const n = ring.tokenCount;
  if (n === 0 || lo > hi) return [];
  const out: TokenSegment[] = [];
  let from = MIN_TOKEN;
  for (let i = 0; i <= n && from <= hi; i++) {
    // Vnode i owns [from, tokens[i]]; past the last token, the first owns [from, MAX_TOKEN].
    const owner = i < n ? ring.tokenAt(i) : ring.tokenAt(0);
    const to = i < n ? owner : MAX_TOKEN;
    const start = from > lo ? from : lo;
    const end = to < hi ? to : hi;
    if (start <= end) out.push({ start, end, owner });
    if (to === MAX_TOKEN) break;
    from = to + 1n;
  }
  return out;
}
