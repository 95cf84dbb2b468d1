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

/** The first repeated key (decoded, so "os\u0041rch" repeats "osArch") with the JSON pointer of its object; undefined when none. */
export function repeatedJsonKey(text: string): { pointer: string; key: string } | undefined {
  const frames: Frame[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const top = frames.at(-1);
    if (c === '"') {
      let end = i + 1;
      while (end < text.length && text[end] !== '"') end += text[end] === '\\' ? 2 : 1;
      if (top?.kind === 'object' && top.expectKey) {
        const key = JSON.parse(text.slice(i, end + 1)) as string;
        if (top.keys.has(key)) return { pointer: pointerOf(frames.slice(0, -1)), key };
        top.keys.add(key);
        top.at = key;
        top.expectKey = false;
      }
      i = end;
    } else if (c === '{' || c === '[') {
      frames.push({ kind: c === '{' ? 'object' : 'array', keys: new Set(), at: '0', expectKey: c === '{' });
    } else if (c === '}' || c === ']') {
      frames.pop();
    } else if (c === ',' && top) {
      if (top.kind === 'object') top.expectKey = true;
      else top.at = String(Number(top.at) + 1);
    }
  }
  return undefined;
}

function pointerOf(frames: readonly Frame[]): string {
  return frames.reduce((pointer, f) => pointerJoin(pointer, f.at), '');
}
