// Stylesheets imported as minified text (esbuild plugin in scripts/build.ts; Vite's ?raw in tests).
declare module '*.css?raw' {
  const css: string;
  export default css;
}
