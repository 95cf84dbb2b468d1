// SHA-384 by the WebAssembly module (src/trident/sha384.ts, src/data/wasm/sha384.wat),
// against FIPS 180-4's own constants and examples and against node:crypto.
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { SHA384_WASM } from '../../src/data/wasm/sha384.js';
import { sha384Hex } from '../../src/trident/sha384.js';

const reference = (data: Uint8Array) => createHash('sha384').update(data).digest('hex');

const PRIMES: number[] = [];
for (let n = 2; PRIMES.length < 80; n++) if (PRIMES.every((p) => n % p !== 0)) PRIMES.push(n);

/** floor(x^(1/k)) of a BigInt, by Newton's method. */
function iroot(x: bigint, k: bigint): bigint {
  let r = 1n << BigInt(Math.ceil(x.toString(2).length / Number(k)));
  for (;;) {
    const next = ((k - 1n) * r + x / r ** (k - 1n)) / k;
    if (next >= r) return r;
    r = next;
  }
}
const WORD = (1n << 64n) - 1n;

describe('sha384Hex (the WebAssembly SHA-384)', () => {
  it('holds the round constants and initial hash value FIPS 180-4 derives (§4.2.3, §5.3.4), computed here from the primes', () => {
    const instance = new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA384_WASM, 'base64')));
    const { memory, init, state } = instance.exports as { memory: WebAssembly.Memory; init: () => void; state: { value: number } };
    init();
    const view = new DataView(memory.buffer);
    // Kt: the first 64 bits of the fractional part of the cube root of the t-th prime.
    const k = PRIMES.map((p) => iroot(BigInt(p) << 192n, 3n) & WORD);
    expect(Array.from({ length: 80 }, (_, t) => view.getBigUint64(t * 8, true))).toEqual(k);
    // H(0): the first 64 bits of the fractional part of the square root of the 9th to 16th primes.
    const h0 = PRIMES.slice(8, 16).map((p) => iroot(BigInt(p) << 128n, 2n) & WORD);
    expect(Array.from({ length: 8 }, (_, i) => view.getBigUint64(state.value + i * 8, true))).toEqual(h0);
  });

  it("gives FIPS 180-2's example digests (one block, two blocks, and a million 'a')", () => {
    expect(sha384Hex(Buffer.from('abc'))).toBe('cb00753f45a35e8bb5a03d699ac65007272c32ab0eded1631a8b605a43ff5bed8086072ba1e7cc2358baeca134c825a7');
    expect(
      sha384Hex(Buffer.from('abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu')),
    ).toBe('09330c33f71147e83d192fc782cd1b4753111b173b3b05d22fa08086e3b0f712fcc7c71a557e2db966c3e9fa91746039');
    expect(sha384Hex(Buffer.alloc(1_000_000, 'a'))).toBe(
      '9d0e1809716474cb086e834e310a4a1ced149e9c00f248527972cec5704c2a5b07b8b3dc38ecc4ebae97ddd87f3d8985',
    );
  });

  it('matches node:crypto for every length from 0 to 1024 bytes (every padding case), and past one call’s 256 blocks', () => {
    const data = randomBytes(1024);
    for (let n = 0; n <= 1024; n++) expect(sha384Hex(data.subarray(0, n)), `${n} bytes`).toBe(reference(data.subarray(0, n)));
    for (const n of [256 * 128 - 1, 256 * 128, 256 * 128 + 1, 256 * 128 * 3 + 111, 256 * 128 * 3 + 112, 5 * 1024 * 1024 + 7]) {
      const big = randomBytes(n);
      expect(sha384Hex(big), `${n} bytes`).toBe(reference(big));
    }
  });

  it('hashes a view into a larger buffer by its own bytes only, and leaves no state from one digest to the next', () => {
    const backing = randomBytes(4096);
    const view = backing.subarray(1000, 3000);
    expect(sha384Hex(view)).toBe(reference(view));
    expect(sha384Hex(new Uint8Array(0))).toBe(reference(new Uint8Array(0)));
    expect(sha384Hex(view)).toBe(reference(view));
  });
});
