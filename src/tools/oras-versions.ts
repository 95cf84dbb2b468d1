// The oras versions whose checksums are pinned (oras-releases.ts's table),
// and the oldest the action supports: all that reading the inputs needs of
// the table. `npm run bundle` writes src/data/oras-versions.json from it, so
// that every start does not load every release's checksums.
import versions from '../data/oras-versions.json' with { type: 'json' };

export const ORAS_VERSIONS: readonly string[] = versions;

/** The oldest oras the action supports (its flags and output as the action reads them); 2.x may change them. */
export const MIN_ORAS = '1.2.0';
