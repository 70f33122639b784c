// What Vite's `?inline` import of a stylesheet gives: its CSS as a string.
declare module '*.css?inline' {
  const css: string;
  export default css;
}
