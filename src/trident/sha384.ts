// SHA-384 of a small buffer (a COSI's metadata.json), by the WebAssembly
// module of src/data/wasm/sha384.wat: validate-only hashes that one file and
// nothing else, and loading node:crypto for it took more of its start than
// its checks (docs/benchmarks.md). Files of any size, the ISO and the base
// image, are hashed by node:crypto (tools/hash.ts).
import { SHA384_WASM } from '../data/wasm/sha384.js';

interface Sha384Module {
  memory: WebAssembly.Memory;
  /** Where H0..H7 are, each a little-endian 64-bit word (an exported i32 global). */
  state: { value: number };
  /** Where `blocks` reads its 128-byte blocks (an exported i32 global). */
  input: { value: number };
  init: () => void;
  blocks: (count: number) => void;
}

const BLOCK = 128;
/** Blocks per call: the module's one 64 KiB page holds them after its tables. */
const BLOCKS_PER_CALL = 256;

let loaded: Sha384Module | undefined;

function sha384Module(): Sha384Module {
  // A 2 KiB module: compiled synchronously, once per process.
  loaded ??= new WebAssembly.Instance(new WebAssembly.Module(Buffer.from(SHA384_WASM, 'base64'))).exports as unknown as Sha384Module;
  return loaded;
}

/** The message's padding (FIPS 180-4 §5.1.2): its last partial block, 0x80, zeros, and its length in bits in 128 bits. */
function lastBlocks(data: Uint8Array, whole: number): Uint8Array {
  const rest = data.length - whole;
  const tail = new Uint8Array(rest < BLOCK - 16 ? BLOCK : 2 * BLOCK);
  tail.set(data.subarray(whole));
  tail[rest] = 0x80;
  // Lengths in bits up to 2^64 - 1: the upper 64 bits of the 128 stay zero.
  new DataView(tail.buffer).setBigUint64(tail.length - 8, BigInt(data.length) * 8n, false);
  return tail;
}

/** The SHA-384 of `data`, in lower-case hex (as node:crypto's digest('hex')). */
export function sha384Hex(data: Uint8Array): string {
  const { memory, state, input, init, blocks } = sha384Module();
  init();
  const heap = new Uint8Array(memory.buffer);
  const whole = data.length - (data.length % BLOCK);
  for (let at = 0; at < whole; at += BLOCKS_PER_CALL * BLOCK) {
    const part = data.subarray(at, Math.min(whole, at + BLOCKS_PER_CALL * BLOCK));
    heap.set(part, input.value);
    blocks(part.length / BLOCK);
  }
  const tail = lastBlocks(data, whole);
  heap.set(tail, input.value);
  blocks(tail.length / BLOCK);
  // The digest is H0..H5, each word big-endian.
  const words = new DataView(memory.buffer, state.value, 48);
  let hex = '';
  for (let i = 0; i < 6; i++)
    hex += words
      .getBigUint64(i * 8, true)
      .toString(16)
      .padStart(16, '0');
  return hex;
}
