// A repeated key in a JSON object. JSON.parse keeps the last value; serde (as
// Trident reads a COSI's metadata.json into its structs, microsoft/trident
// crates/trident/src/osimage/cosi/metadata.rs) refuses a repeated field. So
// a metadata.json with one is read differently by the two: found here, on
// text JSON.parse accepted, in one linear pass. Pure.
import { pointerJoin } from './problems.js';

interface Frame {
  kind: 'object' | 'array';
  keys: Set<string>;
  /** The object's key being read, or the array's index. */
  at: string;
  expectKey: boolean;
}

/** The tokens that matter here: a string (escapes kept), a bracket, a comma. Numbers, literals and whitespace fall between them. */
const TOKENS = /"(?:[^"\\]|\\.)*"|[{}[\],]/g;

/**
 * The first repeated key (decoded, so "os\u0041rch" repeats "osArch") with the JSON pointer of its object; undefined
 * when none. The regular expression finds the tokens (compiled to machine code, where a loop over each character ran
 * in the interpreter: most of this check's time in a validate-only run).
 */
export function repeatedJsonKey(text: string): { pointer: string; key: string } | undefined {
  const frames: Frame[] = [];
  for (const [token] of text.matchAll(TOKENS)) {
    const top = frames.at(-1);
    if (token.startsWith('"')) {
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(token) as string;
        if (top.keys.has(key)) return { pointer: pointerOf(frames.slice(0, -1)), key };
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
    } else if (token === '{' || token === '[') {
      frames.push({ kind: token === '{' ? 'object' : 'array', keys: new Set(), at: '0', expectKey: token === '{' });
    } else if (token === '}' || token === ']') {
      frames.pop();
    } else if (top) {
      // A comma.
      if (top.kind === 'object') top.expectKey = true;
      else top.at = String(Number(top.at) + 1);
    }
  }
  return undefined;
}

function pointerOf(frames: readonly Frame[]): string {
  return frames.reduce((pointer, f) => pointerJoin(pointer, f.at), '');
}
