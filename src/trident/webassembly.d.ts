// The part of the WebAssembly JavaScript API that trident/sha384.ts uses.
// Node has the global (V8's own); TypeScript declares it only in its DOM and
// web worker libraries, which would bring the browser's globals with it.
declare namespace WebAssembly {
  class Module {
    constructor(bytes: Uint8Array);
  }
  class Instance {
    constructor(module: Module);
    readonly exports: Record<string, unknown>;
  }
  class Memory {
    readonly buffer: ArrayBuffer;
  }
}
