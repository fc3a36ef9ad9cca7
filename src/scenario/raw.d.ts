// Vite's `?raw` imports: the browser bundles the seed document as a string.
declare module '*?raw' {
  const text: string;
  export default text;
}
