// Imported first by the bench scripts: the repository's modules import their
// siblings as './x.js' (tsc's convention), and Node, running them as
// TypeScript, finds them as .ts.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, next) {
    try {
      return next(specifier, context);
    } catch (error) {
      if (!/^\.\.?\/.*\.js$/.test(specifier)) throw error;
      return next(specifier.replace(/\.js$/, '.ts'), context);
    }
  },
});
