// Public API of @cassia/gossip: endpoint state, SYN/ACK/ACK2 gossip rounds, the phi-accrual
// failure detector and change subscribers, with transport, clock, scheduler and randomness
// passed in; plus a deterministic simulation of all four. Named exports only.

export {
  Gossiper,
  GOSSIP_INTERVAL_MS,
  GOSSIP_FANOUT,
  GENERATION_AHEAD_MAX,
  type GossiperConfig,
  type GossiperOptions,
  type GossipEvent,
  type GossipEventKind,
  type GossipListener,
  type GossipStats,
} from './gossiper.js';
export {
  ApplicationState,
  MemberStatus,
  MemberRole,
  isDeadStatus,
  EndpointState,
  type EndpointSnapshot,
  type VersionedValue,
  type MergeResult,
} from './endpoint-state.js';
export {
  GOSSIP_ENDPOINTS_MAX,
  ENDPOINT_ID_CHARS_MAX,
  APPLICATION_STATES_MAX,
  APPLICATION_STATE_KEY_CHARS_MAX,
  APPLICATION_STATE_VALUE_CHARS_MAX,
  CLUSTER_NAME_CHARS_MAX,
  GOSSIP_MESSAGE_STATE_CHARS_MAX,
  ENDPOINT_STATE_OVERHEAD_CHARS,
  isEndpointId,
  isApplicationStateKey,
  deltaChars,
  parseGossipMessage,
  type GossipDigest,
  type ApplicationStateEntry,
  type EndpointStateDelta,
  type GossipSyn,
  type GossipAck,
  type GossipAck2,
  type GossipMessage,
} from './messages.js';
export {
  PHI_CONVICT_THRESHOLD,
  PHI_SAMPLES_MAX,
  PhiAccrualFailureDetector,
  phiAccrualOptionsFor,
  phiOf,
  type PhiAccrualOptions,
} from './phi.js';
export { GossipMessageError } from './errors.js';
export { type GossipTransport, type GossipMessageHandler } from './transport.js';
export { type Clock, type Scheduler, type ScheduledTask, systemClock, timerScheduler } from './time.js';
export {
  type RandomSource,
  systemRandomSource,
  seededRandomSource,
  randomFraction,
  randomIndex,
  shuffleInPlace,
} from './random.js';
export {
  SimScheduler,
  SimNetwork,
  SIM_EPOCH_MS,
  SIM_TASKS_PER_RUN_MAX,
  DEFAULT_SIM_NETWORK_OPTIONS,
  type SimNetworkOptions,
  type SimNetworkStats,
} from './sim.js';
