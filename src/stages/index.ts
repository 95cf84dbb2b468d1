// The stages validate-only runs (the checks, the Image Customizer config, the
// plan), for main.ts to load once the inputs have read well: an input error
// needs none of them. They carry the schema checks, the COSI and host config
// readers and the YAML writer. The build's first stages, the parallel pieces,
// are in fetch.ts; the rest of a build's in build.ts.
export { check } from './check.js';
export { writeConfig } from './config.js';
export { plan, validateOnlySummary } from './plan.js';
