import { describe, expect, it } from 'vitest';
import { cpioEntries } from '../../src/trident/cpio.js';
import { validationVerdict } from '../../src/trident/validate.js';

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
    expect(() => cpioEntries(Buffer.from('x'.repeat(200)))).toThrow(/not a newc cpio header/);
  });

  // Issue 11, class 1 (parsers of untrusted bytes): malformed fields are refused, every entry moves forward, counts are capped.
  const withField = (archive: Buffer, field: number, text: string) => {
    const copy = Buffer.from(archive);
    copy.write(text, 6 + field * 8, 'latin1');
    return copy;
  };
  const one = newc({ './usr/bin/trident': 'x' });
  it('refuses a size field that is not 8 hex digits (parseInt would give NaN and the walk would stand still)', () => {
    expect(() => cpioEntries(withField(one, 6, 'zzzzzzzz'))).toThrow(/field 6 at byte 0 is not 8 hex digits/);
    expect(() => cpioEntries(withField(one, 6, '0000001g'))).toThrow(/not 8 hex digits/);
    expect(() => cpioEntries(withField(one, 11, '-0000001'))).toThrow(/not 8 hex digits/);
  });
  it('refuses sizes and names that reach past the archive, and an archive without its trailer', () => {
    expect(() => cpioEntries(withField(one, 6, 'ffffffff'))).toThrow(/past the end of the archive/);
    expect(() => cpioEntries(withField(one, 11, '00000fff'))).toThrow(/name that does not end inside/);
    expect(() => cpioEntries(withField(one, 11, '00000000'))).toThrow(/name size of 0/);
    expect(() => cpioEntries(one.subarray(0, one.length - 120))).toThrow(/without its trailer/);
  });
  it('caps the number of entries', () => {
    expect(() => cpioEntries(newc({ a: '1', b: '2', c: '3' }), 2)).toThrow(/more than 2 entries/);
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
