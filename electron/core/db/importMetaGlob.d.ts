// Vite's import.meta.glob, as used by migrations.ts (vite/client's full typings assume a browser).
interface ImportMeta {
  glob<T>(pattern: string, options: { query: string; import: string; eager: true }): Record<string, T>;
}
