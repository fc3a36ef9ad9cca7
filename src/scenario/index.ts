/** The scenario compiler: from a news document to a playable, sourced scenario. */
export { compileScenario, type CompileResult, type CompileOptions, type CompileReport } from './compile';
export { decodeDocument, type DecodeResult } from './decode';
export { builtinScenario, SEED_DOCUMENT } from './builtin';
export type { StatedDistance } from './extract/distances';
