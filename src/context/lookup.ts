// What is at a path, asked synchronously (microseconds; an async call is a
// round trip to libuv's thread pool): nothing there, or nothing this user may
// see, is undefined rather than an error.
import { lstatSync, realpathSync, statSync, type Stats } from 'node:fs';

/** What `file` is (following links), or undefined when nothing can be seen there. */
export function statIfAny(file: string): Stats | undefined {
  return tryOr(() => statSync(file));
}

/** What `file` itself is (a link as a link), or undefined when nothing can be seen there. */
export function lstatIfAny(file: string): Stats | undefined {
  return tryOr(() => lstatSync(file));
}

/** `file` with every link resolved, or undefined when it cannot be. */
export function realpathIfAny(file: string): string | undefined {
  return tryOr(() => realpathSync(file));
}

function tryOr<T>(look: () => T): T | undefined {
  try {
    return look();
  } catch {
    return undefined;
  }
}
