// Names of the values main saves for the post step (GITHUB_STATE).
export const STATE = {
  workDir: 'work-dir',
  cacheDir: 'cache-dir',
  container: 'container',
  engine: 'engine',
  image: 'image',
  partialOutput: 'partial-output',
} as const;
