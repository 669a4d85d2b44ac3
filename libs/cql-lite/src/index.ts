// @cassia/cql-lite — the CQL language for Cassia: lexer, parser, AST, types, value
// encodings, byte-comparable clustering keys, schemas and statement binding.
// Named exports only; see README.md for the contract.

export type {
  AddedColumn,
  AlterKeyspaceStatement,
  AlterTableAction,
  AlterTableStatement,
  Assignment,
  BatchStatement,
  BindMarker,
  CollectionTerm,
  ColumnDefinition,
  CompareOp,
  Condition,
  ConditionOp,
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
  ModificationStatement,
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
  TruncateStatement,
  UpdateStatement,
  UseStatement,
} from './ast.js';
export { formatTerm, statementMarkers } from './ast.js';

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
  assertEncodableType,
  assertSupportedType,
  formatType,
  isCollectionType,
  isNonFrozenCollection,
  lookupNativeType,
  nativeType,
  typeEquals,
  unfrozen,
  unsupportedType,
} from './types.js';
export type { CqlType, NativeTypeName } from './types.js';

export { compareBytes } from './bytes.js';
export {
  BIGINT_MAX,
  BIGINT_MIN,
  COLLECTION_ELEMENTS_MAX,
  INT_MAX,
  INT_MIN,
  SMALLINT_MAX,
  SMALLINT_MIN,
  TIMESTAMP_MS_MAX,
  TINYINT_MAX,
  TINYINT_MIN,
  deserializeValue,
  joinList,
  joinMap,
  joinSet,
  joinSortedMap,
  normalizeValue,
  serializeValue,
  splitList,
  splitMap,
  validateValue,
  valueShape,
} from './values.js';
export type { CqlValue, ValueShape } from './values.js';
export { valueFromJson, valueToJson } from './values-json.js';
export { termText, valueFromLiteral, valueFromTerm } from './values-literal.js';
export { CQLSH_FLOAT_PRECISION, formatValue } from './values-format.js';
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
  alterKeyspace,
  alterTable,
  findColumn,
  keyspaceFromCreate,
  resolveKeyspace,
  tableFromCreate,
  validateTable,
} from './schema.js';
export type { ColumnKind, ColumnSchema, KeyspaceSchema, TableSchema } from './schema.js';

export { NO_PARAMS, jsonParams } from './params.js';
export type { ParamResolver } from './params.js';
export { bindInsert, clusteringTypes, decodeRowKey } from './bind.js';
export type { BoundInsert } from './bind.js';
export { bindUpdate } from './bind-update.js';
export type { BoundOperation, BoundUpdate } from './bind-update.js';
export { bindDelete } from './bind-delete.js';
export type { BoundDelete } from './bind-delete.js';
export { bindBatch } from './bind-batch.js';
export type { BoundBatch, BoundBatchStatement, TableLookup } from './bind-batch.js';
export { PARTITION_KEYS_IN_SELECT_MAX, bindSelect, bindSelection, rowMatches, selectOrder } from './bind-select.js';
export type { BoundSelect, RowFilter, SelectedColumn, TokenRange } from './bind-select.js';
export { REQUIRES_ALLOW_FILTERING_MESSAGE } from './restrictions.js';
export type { TokenBound } from './restrictions.js';
export { CLUSTERING_SLICES_MAX } from './clustering-slices.js';
export { markerSpecs } from './markers.js';
export type { MarkerSpec } from './markers.js';
