/// <reference types="vite/client" />

interface Window {
  euphrates?: import('./debug').EuphratesApi;
}

/** The built-in scenario, compiled from the seed when the game is built (scripts/builtin-scenario-plugin.ts). */
declare module 'virtual:builtin-scenario' {
  const scenario: unknown;
  export default scenario;
}
