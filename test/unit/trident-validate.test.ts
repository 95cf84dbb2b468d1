import { describe, expect, it } from 'vitest';
import { cpioEntries, validationVerdict } from '../../src/trident/validate.js';

/** A "newc" cpio archive, as rpm2cpio writes it. */
function newc(files: Record<string, string>): Buffer {
  const parts: Buffer[] = [];
  const pad = (n: number) => Buffer.alloc((4 - (n % 4)) % 4);
  const entry = (name: string, data: Buffer) => {
    const fields = [1, 0o100755, 0, 0, 1, 0, data.length, 0, 0, 0, 0, name.length + 1, 0].map((v) => v.toString(16).padStart(8, '0'));
    const header = Buffer.from(`070701${fields.join('')}${name}\0`, 'latin1');
    parts.push(header, pad(header.length), data, pad(data.length));
  };
  for (const [name, text] of Object.entries(files)) entry(name, Buffer.from(text));
  entry('TRAILER!!!', Buffer.alloc(0));
  return Buffer.concat(parts);
}

describe('cpioEntries', () => {
  it('reads every file of a newc archive by absolute name', () => {
    const files = cpioEntries(newc({ './usr/bin/trident': '#!/bin/sh\necho ok\n', './usr/lib/systemd/system/trident.service': '[Unit]' }));
    expect([...files.keys()]).toEqual(['/usr/bin/trident', '/usr/lib/systemd/system/trident.service']);
    expect(files.get('/usr/bin/trident')?.toString()).toBe('#!/bin/sh\necho ok\n');
  });

  it('rejects what is not a newc archive', () => {
    expect(() => cpioEntries(Buffer.from('x'.repeat(200)))).toThrow(/not a newc cpio archive/);
  });
});

describe('validationVerdict', () => {
  it('tells a rejected host config from a binary that cannot start here', () => {
    expect(validationVerdict(0, ['valid'])).toBe('valid');
    expect(validationVerdict(1, ['Error: Failed to parse host configuration: unknown field `storag`'])).toBe('invalid');
    expect(validationVerdict(127, ['trident: error while loading shared libraries: libssl.so.3: cannot open shared object file'])).toBe('cannot-run');
    expect(validationVerdict(1, ["/lib64/libc.so.6: version `GLIBC_2.38' not found (required by trident)"])).toBe('cannot-run');
  });
});
