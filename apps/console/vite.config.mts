import react from '@vitejs/plugin-react';
import { cpSync, createReadStream, existsSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const outDir = fileURLToPath(new URL('../../dist/apps/console', import.meta.url));
const govukDist = fileURLToPath(new URL('../../node_modules/govuk-frontend/dist/govuk', import.meta.url));
const govukAssets = join(govukDist, 'assets');
const GOVUK_CSS = 'govuk-frontend.min.css';

const TYPES: Record<string, string> = {
  '.css': 'text/css',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

/**
 * GOV.UK Frontend's precompiled CSS, linked first in the page as the package ships it (Vite's minifier would choke on
 * its old-IE hacks), with the fonts and images it asks for at /assets/fonts and /assets/images: the dev server serves
 * them from the package and the build copies them beside the bundle.
 */
function govukAssetsPlugin(): Plugin {
  return {
    name: 'govuk-frontend-assets',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const file =
          path === `/assets/${GOVUK_CSS}`
            ? join(govukDist, GOVUK_CSS)
            : normalize(join(govukAssets, path.replace(/^\/assets\//, '')));
        if (!path.startsWith('/assets/') || !file.startsWith(govukDist) || !existsSync(file)) return next();
        res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
        createReadStream(file).pipe(res);
      });
    },
    transformIndexHtml() {
      return [{ tag: 'link', attrs: { rel: 'stylesheet', href: `/assets/${GOVUK_CSS}` }, injectTo: 'head-prepend' }];
    },
    writeBundle() {
      cpSync(join(govukDist, GOVUK_CSS), join(outDir, 'assets', GOVUK_CSS));
      cpSync(join(govukAssets, 'fonts'), join(outDir, 'assets', 'fonts'), { recursive: true });
      cpSync(join(govukAssets, 'images'), join(outDir, 'assets', 'images'), { recursive: true });
    },
  };
}

export default defineConfig({
  root: here,
  plugins: [react(), govukAssetsPlugin()],
  // The one workspace library the console reads (tsconfig.json's paths say the same to the compiler).
  resolve: {
    alias: {
      '@laa/domain/vocabulary': fileURLToPath(new URL('../../libs/domain/src/vocabulary.ts', import.meta.url)),
      '@laa/csv': fileURLToPath(new URL('../../libs/csv/src/index.ts', import.meta.url)),
    },
  },
  build: { outDir, emptyOutDir: true },
  server: { port: 4200 },
});
