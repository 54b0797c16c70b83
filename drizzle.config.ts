import { defineConfig } from 'drizzle-kit';

// drizzle-kit only generates SQL here: push and studio cannot open the encrypted file,
// so migrations are applied by the app itself when it opens the archive.
export default defineConfig({
  dialect: 'sqlite',
  schema: './electron/core/db/schema.ts',
  out: './electron/core/db/migrations',
});
