// electron-vite bundles a module imported with ?modulePath as its own chunk and gives its path,
// for node:worker_threads; vitest maps it to the source file (vitest.config.ts).
declare module '*?modulePath' {
  const path: string;
  export default path;
}
