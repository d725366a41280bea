import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  plugins: [react()],
  // The one workspace library the console reads (tsconfig.json's paths say the same to the compiler).
  resolve: { alias: { '@laa/domain/vocabulary': fileURLToPath(new URL('../../libs/domain/src/vocabulary.ts', import.meta.url)) } },
  build: { outDir: fileURLToPath(new URL('../../dist/apps/console', import.meta.url)), emptyOutDir: true },
  server: { port: 4200 },
});
