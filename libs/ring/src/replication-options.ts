// Keyspace replication maps (CQL `WITH replication = {...}`): validation and strategy building,
// with Cassandra's ConfigurationException messages.
//
// Two steps, as in Cassandra:
//   - prepareReplicationOptions, at CREATE/ALTER KEYSPACE time: needs the data centers the
//     cluster knows; expands NetworkTopologyStrategy's `replication_factor` shorthand into one
//     entry per data center, drops zero factors and rejects unknown data centers. Its result is
//     what gets stored.
//   - strategyFromOptions, whenever a stored map is loaded: pure, needs nothing but the map.

import { ReplicationConfigError } from './errors.js';
import { NetworkTopologyStrategy } from './network-topology-strategy.js';
import { REPLICATION_FACTOR_MAX, SimpleStrategy, type ReplicationStrategy } from './replication.js';

type Options = Readonly<Record<string, string>>;

/** Package prefix Cassandra adds to unqualified strategy class names. */
const LOCATOR_PACKAGE = 'org.apache.cassandra.locator.';
const SIMPLE_STRATEGY = 'SimpleStrategy';
const NETWORK_TOPOLOGY_STRATEGY = 'NetworkTopologyStrategy';
const CLASS_OPTION = 'class';
const REPLICATION_FACTOR_OPTION = 'replication_factor';
/** A factor Cassandra's prepareOptions drops (compared as text, as Cassandra does). */
const ZERO_FACTOR = '0';

/**
 * Builds a strategy from a keyspace's replication map. Accepts
 *   - `{class: 'SimpleStrategy', replication_factor: 'N'}`;
 *   - `{class: 'NetworkTopologyStrategy', <dc>: 'N', ...}` (one entry per data center; factors
 *     of 0 place nothing; data center names are not checked here, see prepareReplicationOptions).
 * Class names may be qualified with `org.apache.cassandra.locator.` and are case-sensitive.
 * Throws ReplicationConfigError with Cassandra's messages for a missing or unknown class, a
 * missing, non-numeric or negative factor, an unrecognized SimpleStrategy option,
 * `replication_factor` given to NetworkTopologyStrategy (call prepareReplicationOptions first to
 * expand it) and a NetworkTopologyStrategy map without data centers.
 */
export function strategyFromOptions(options: Options): ReplicationStrategy {
  const qualified = qualifiedClass(options);
  switch (qualified) {
    case LOCATOR_PACKAGE + SIMPLE_STRATEGY:
      return simpleStrategyFromOptions(options);
    case LOCATOR_PACKAGE + NETWORK_TOPOLOGY_STRATEGY:
      return networkTopologyStrategyFromOptions(options);
    default:
      throw new ReplicationConfigError(`Unable to find replication strategy class '${qualified}'`);
  }
}

/**
 * What CREATE/ALTER KEYSPACE stores for `options` (Cassandra 4.0's prepareOptions plus its
 * data center name check). Maps of other classes come back unchanged (copied). For
 * NetworkTopologyStrategy:
 *   - `replication_factor: 'N'` sets N for every data center in `knownDcs` not given
 *     explicitly; on ALTER (`previous` given) the previous per-data-center factors are kept
 *     unless given explicitly. An ALTER from SimpleStrategy naming no data center takes the
 *     previous `replication_factor` for every known data center.
 *   - entries whose factor is exactly '0' are dropped;
 *   - a data center not in `knownDcs` is rejected ("Unrecognized strategy option {dc3} passed
 *     to NetworkTopologyStrategy"), as is a non-numeric or negative `replication_factor`.
 * Validate the result with strategyFromOptions (it rejects, for example, an empty map).
 */
export function prepareReplicationOptions(options: Options, knownDcs: Iterable<string>, previous: Options = {}): Record<string, string> {
  const out = new Map(Object.entries(options));
  if (qualifiedClass(options) !== LOCATOR_PACKAGE + NETWORK_TOPOLOGY_STRATEGY) return Object.fromEntries(out);
  const dcs = [...knownDcs];

  let shorthand = own(options, REPLICATION_FACTOR_OPTION);
  out.delete(REPLICATION_FACTOR_OPTION);
  if (shorthand === undefined && out.size === 1) {
    // Only `class` is left: an ALTER from SimpleStrategy keeps its factor in every data center.
    shorthand = own(previous, REPLICATION_FACTOR_OPTION);
  } else if (shorthand !== undefined) {
    // An ALTER expanding the shorthand keeps the factors of data centers it already has.
    for (const [key, value] of Object.entries(previous)) {
      if (key !== CLASS_OPTION && key !== REPLICATION_FACTOR_OPTION && !out.has(key)) out.set(key, value);
    }
  }
  if (shorthand !== undefined) {
    const rf = String(parseReplicationFactor(shorthand));
    for (const dc of dcs) if (!out.has(dc)) out.set(dc, rf);
  }
  for (const [key, value] of out) if (value === ZERO_FACTOR) out.delete(key);

  const known = new Set(dcs);
  for (const key of out.keys()) {
    if (key !== CLASS_OPTION && !known.has(key)) {
      throw new ReplicationConfigError(`Unrecognized strategy option {${key}} passed to ${NETWORK_TOPOLOGY_STRATEGY}`);
    }
  }
  return Object.fromEntries(out);
}

function qualifiedClass(options: Options): string {
  const className = own(options, CLASS_OPTION);
  if (className === undefined) throw new ReplicationConfigError('Missing replication strategy class');
  return className.includes('.') ? className : LOCATOR_PACKAGE + className;
}

function simpleStrategyFromOptions(options: Options): SimpleStrategy {
  for (const key of Object.keys(options)) {
    if (key !== CLASS_OPTION && key !== REPLICATION_FACTOR_OPTION) {
      throw new ReplicationConfigError(`Unrecognized strategy option {${key}} passed to ${SIMPLE_STRATEGY}`);
    }
  }
  const rf = own(options, REPLICATION_FACTOR_OPTION);
  if (rf === undefined) {
    throw new ReplicationConfigError(`${SIMPLE_STRATEGY} requires a replication_factor strategy option.`);
  }
  return new SimpleStrategy(parseReplicationFactor(rf));
}

function networkTopologyStrategyFromOptions(options: Options): NetworkTopologyStrategy {
  const factors = new Map<string, number>();
  for (const [key, value] of Object.entries(options)) {
    if (key === CLASS_OPTION) continue;
    if (key.toLowerCase() === REPLICATION_FACTOR_OPTION) {
      throw new ReplicationConfigError(`${REPLICATION_FACTOR_OPTION} should not appear as an option to ${NETWORK_TOPOLOGY_STRATEGY}`);
    }
    if (key === '') throw new ReplicationConfigError(`Unrecognized strategy option {} passed to ${NETWORK_TOPOLOGY_STRATEGY}`);
    factors.set(key, parseReplicationFactor(value));
  }
  if (factors.size === 0) throw new ReplicationConfigError('Configuration for at least one datacenter must be present');
  return new NetworkTopologyStrategy(factors);
}

/** Java's Integer.parseInt plus Cassandra's non-negative check. */
function parseReplicationFactor(rf: string): number {
  const n = /^[+-]?[0-9]{1,10}$/.test(rf) ? Number(rf) : NaN;
  if (!Number.isInteger(n) || n > REPLICATION_FACTOR_MAX || n < -REPLICATION_FACTOR_MAX - 1) {
    throw new ReplicationConfigError(`Replication factor must be numeric; found ${rf}`);
  }
  if (n < 0) throw new ReplicationConfigError(`Replication factor must be non-negative; found ${rf}`);
  return n === 0 ? 0 : n; // '-0' parses to -0
}

function own(options: Options, key: string): string | undefined {
  return Object.hasOwn(options, key) ? options[key] : undefined;
}
