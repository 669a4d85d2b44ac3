// @cassia/cql-lite — the CQL language for Cassia: lexer, parser, AST, types, value
// encodings, byte-comparable clustering keys, schemas and statement binding.
// Named exports only; see README.md for the contract.

export type {
  BindMarker,
  ColumnDefinition,
  CompareOp,
  CreateKeyspaceStatement,
  CreateTableStatement,
  DeleteStatement,
  DeleteTarget,
  DmlStatement,
  DropKeyspaceStatement,
  DropTableStatement,
  InsertStatement,
  Literal,
  LiteralType,
  OptionValue,
  Ordering,
  PrimaryKeyClause,
  Relation,
  SelectStatement,
  Selector,
  Statement,
  StatementKind,
  TableName,
  Term,
  UseStatement,
} from './ast.js';
export { statementMarkers } from './ast.js';

export {
  AlreadyExists,
  BadCredentials,
  ConfigurationError,
  CQL_ERRORS,
  CqlError,
  CqlSyntaxError,
  FunctionFailure,
  InvalidRequest,
  IsBootstrapping,
  Overloaded,
  ProtocolError,
  ReadFailure,
  ReadTimeout,
  ServerError,
  TruncateError,
  Unauthorized,
  Unavailable,
  Unprepared,
  WriteFailure,
  WriteTimeout,
  cqlErrorByCode,
} from './errors.js';
export type { CqlErrorKind } from './errors.js';

export { RESERVED_KEYWORDS, tokenize } from './lexer.js';
export type { Token, TokenKind } from './lexer.js';
export { parse, parseScript, parseType, splitStatements } from './parser.js';

export {
  NATIVE_TYPE_NAMES,
  SUPPORTED_NATIVE_TYPES,
  assertSupportedType,
  formatType,
  lookupNativeType,
  nativeType,
  typeEquals,
} from './types.js';
export type { CqlType, NativeTypeName } from './types.js';

export { compareBytes } from './bytes.js';
export {
  BIGINT_MAX,
  BIGINT_MIN,
  INT_MAX,
  INT_MIN,
  TIMESTAMP_MS_MAX,
  deserializeValue,
  serializeValue,
  validateValue,
} from './values.js';
export type { CqlValue } from './values.js';
export { valueFromJson, valueToJson } from './values-json.js';
export { valueFromLiteral } from './values-literal.js';
export { formatValue } from './values-format.js';
export { parseTimestampText } from './timestamps.js';

export {
  CLUSTERING_ENCODING_VERSION,
  compareClusteringValues,
  compareValues,
  decodeClustering,
  encodeClustering,
} from './clustering.js';
export type { ClusteringOrder } from './clustering.js';
export { FULL_SLICE, clusteringInSlice, clusteringPrefixSuccessor, sliceIsEmpty } from './slice.js';
export type { ClusteringSlice } from './slice.js';
export { PARTITION_KEY_BYTES_MAX, decodePartitionKey, encodePartitionKey } from './partition-key.js';

export {
  MAX_TTL_SECONDS,
  NETWORK_TOPOLOGY_STRATEGY_CLASS,
  SIMPLE_STRATEGY_CLASS,
  findColumn,
  keyspaceFromCreate,
  resolveKeyspace,
  tableFromCreate,
  validateTable,
} from './schema.js';
export type { ColumnKind, ColumnSchema, KeyspaceSchema, TableSchema } from './schema.js';

export { NO_PARAMS, jsonParams } from './params.js';
export type { ParamResolver } from './params.js';
export { bindDelete, bindInsert, clusteringTypes, decodeRowKey } from './bind.js';
export type { BoundDelete, BoundInsert } from './bind.js';
export { PARTITION_KEYS_IN_SELECT_MAX, bindSelect, selectOrder } from './bind-select.js';
export type { BoundSelect } from './bind-select.js';
