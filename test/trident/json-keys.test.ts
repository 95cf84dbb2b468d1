// repeatedJsonKey (src/trident/json-keys.ts): the first key an object holds twice, on text JSON.parse accepted.
import { describe, expect, it } from 'vitest';
import { repeatedJsonKey } from '../../src/trident/json-keys.js';

describe('repeatedJsonKey', () => {
  it.each([
    ['{"a": 1, "b": 2}', undefined],
    ['{"a": 1, "a": 2}', { pointer: '', key: 'a' }],
    // Decoded keys: an escape spells the same key.
    ['{"a": 1, "\\u0061": 2}', { pointer: '', key: 'a' }],
    // Brackets, commas and quotes inside strings are not structure.
    ['{"a": "{\\"a\\": [1, 2]}", "b": ",\\\\", "c": "}]"}', undefined],
    ['{"a\\"": 1, "a": 2, "b\\\\": {"x": 1}, "a\\"": 3}', { pointer: '', key: 'a"' }],
    // Each object has its own keys; the pointer names the object, array items by index.
    ['{"a": {"a": 1}, "b": [{"a": 1}, {"a": 1, "c": [1, {"d": 0, "d": 1}]}]}', { pointer: '/b/1/c/1', key: 'd' }],
    ['[{"x": 1}, {"x": 2, "y": true, "y": null}]', { pointer: '/1', key: 'y' }],
    ['{"images": [{"image": {"path": "a", "path": "b"}}]}', { pointer: '/images/0/image', key: 'path' }],
    ['{}', undefined],
    ['"just a string"', undefined],
    ['[1, 2.5e3, -0, true, false, null, "x"]', undefined],
  ] as const)('%s', (text, expected) => {
    expect(() => JSON.parse(text) as unknown).not.toThrow();
    expect(repeatedJsonKey(text)).toEqual(expected);
  });
});
