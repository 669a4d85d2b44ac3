// A partition key typed on the command line (nodetool getendpoints' <key>) → the serialized
// partition key the gateway hashes. Composite keys are written as Cassandra's
// CompositeType.fromString reads them: components separated by ':', '\:' for a colon inside
// a component. Each component is read as a CQL literal of its column's type, through
// @cassia/cql-lite's valueFromLiteral (the conversion INSERT and SELECT literals go through),
// so the bytes are exactly what the gateway would serialize for the same value.
import { valueFromLiteral, type CqlType, type Literal } from '@cassia/cql-lite';
import { serializePartitionKey } from '@cassia/ring';
import type { TableInfo } from './cluster-view.js';
import { BadKeyError } from './errors.js';

/** Splits `text` on unescaped ':' into `count` components ('\:' → ':', '\\' → '\'). */
export function splitKeyComponents(text: string, count: number): string[] {
  if (count === 1) return [text];
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '\\' && (text[i + 1] === ':' || text[i + 1] === '\\')) {
      current += text[i + 1];
      i++;
    } else if (c === ':') {
      parts.push(current);
      current = '';
    } else {
      current += c;
    }
  }
  parts.push(current);
  if (parts.length !== count) {
    throw new BadKeyError(`the partition key has ${count} components, separated by ':' ('\\:' for a colon inside one); got ${parts.length}`);
  }
  return parts;
}

const INTEGER = /^-?[0-9]+$/;

/** The CQL literal a command-line value stands for, given its column's type. */
export function literalFor(type: CqlType, text: string, column: string): Literal {
  if (type.kind !== 'native') throw new BadKeyError(`getendpoints reads keys of native types only; "${column}" is ${type.kind}`);
  const lit = (t: Literal['type'], v: string = text): Literal => ({ kind: 'literal', type: t, text: v });
  switch (type.name) {
    case 'ascii':
    case 'text':
    case 'inet':
      return lit('string');
    case 'tinyint':
    case 'smallint':
    case 'int':
    case 'bigint':
    case 'varint':
    case 'counter':
      return lit('integer', text.trim());
    case 'float':
    case 'double':
    case 'decimal':
      return lit(INTEGER.test(text.trim()) ? 'integer' : 'float', text.trim());
    case 'timestamp':
    case 'date':
    case 'time':
      return lit(INTEGER.test(text.trim()) ? 'integer' : 'string', text.trim());
    case 'uuid':
    case 'timeuuid':
      return lit('uuid', text.trim());
    case 'boolean':
      return lit('boolean', text.trim().toLowerCase());
    case 'blob':
      return lit('blob', /^0x/i.test(text) ? text : `0x${text}`);
    default:
      throw new BadKeyError(`getendpoints cannot read a key of type ${type.name} ("${column}")`);
  }
}

/** The serialized partition key of `table` for the command-line `keyText`; BadKeyError when it does not read. */
export function partitionKeyFromText(table: TableInfo, keyText: string): Uint8Array {
  const columns = table.partitionKey;
  if (columns.length === 0) throw new BadKeyError(`table ${table.keyspace}.${table.name} has no partition key in the metadata`);
  const texts = splitKeyComponents(keyText, columns.length);
  const values = columns.map((c, i) => {
    if (c.type === undefined) throw new BadKeyError(`column "${c.name}" has a type this build cannot read: ${c.typeText}`);
    let bytes: Uint8Array | null;
    try {
      bytes = valueFromLiteral(c.type, literalFor(c.type, texts[i]!, c.name), c.name);
    } catch (err) {
      if (err instanceof BadKeyError) throw err;
      throw new BadKeyError(`"${texts[i]}" is not a value of "${c.name}" (${c.typeText}): ${err instanceof Error ? err.message : String(err)}`);
    }
    if (bytes === null) throw new BadKeyError(`a partition key column may not be null ("${c.name}")`);
    return bytes;
  });
  try {
    return serializePartitionKey(values);
  } catch (err) {
    throw new BadKeyError(err instanceof Error ? err.message : String(err));
  }
}
