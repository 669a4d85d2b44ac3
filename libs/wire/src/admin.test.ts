import { describe, expect, it } from 'vitest';
import { admin, adminRequestFor, adminSubject } from './admin.js';
import { encode } from './messages.js';

describe('admin verb wire format', () => {
  it('lives on the node subject beside the replica verbs, with checked tokens', () => {
    expect(adminSubject('c1', 'host-1')).toBe('cassia.c1.node.host-1.admin');
    expect(() => adminSubject('c.1', 'host-1')).toThrow(RangeError);
    expect(() => adminSubject('c1', 'host.*')).toThrow(RangeError);
  });

  it('carries exactly one operation, with its table ids', () => {
    const decoded = (op: Parameters<typeof adminRequestFor>[0], ids?: string[]) => admin.AdminRequest.decode(encode(admin.AdminRequest, adminRequestFor(op, ids)));
    expect(decoded('stats').op).toBe('stats');
    expect(decoded('gossipInfo').op).toBe('gossipInfo');
    const flush = decoded('flush', ['a', 'b']);
    expect([flush.op, flush.flush?.tableIds]).toEqual(['flush', ['a', 'b']]);
    const compact = decoded('compact');
    expect([compact.op, compact.compact?.tableIds]).toEqual(['compact', []]);
  });
});
