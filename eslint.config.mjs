// ESLint for the whole tree (`npm run lint`, each project's `lint` target): typescript-eslint with type information,
// React's hook rules in the console, Nx's module boundaries from the projects' tags, and Prettier's say on layout.
import js from '@eslint/js';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    // Generated code (GraphQL Code Generator, builds) and configuration files outside every tsconfig.
    ignores: [
      '**/node_modules/**',
      'dist/**',
      'tmp/**',
      'coverage/**',
      '.nx/**',
      '.data/**',
      '**/gql/**',
      '**/jest.config.ts',
      '*.{js,mjs,cjs,ts}',
      '**/*.mts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      // Unused bindings are errors, but a leading underscore says "deliberately unused" (a tuple's first element...).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      // type-graphql and TypeORM name classes in decorators and relations, and Express handlers return promises by design.
      '@typescript-eslint/no-misused-promises': [
        'error',
        { checksVoidReturn: { arguments: false, attributes: false } },
      ],
    },
  },
  {
    files: ['apps/console/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs['recommended-latest'].rules,
  },
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { '@nx': nx },
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: [],
          // A subgraph's integration tests start the whole region (`@laa/platform/testing`), and the platform runs the
          // subgraphs: a cycle through test files only. Moving those tests into the platform would remove it.
          ignoredCircularDependencies: ['agreements', 'evidence', 'gateway', 'partners', 'signoff'].map((app) => [
            'platform',
            app,
          ]),
          depConstraints: [
            // A library never imports an application; tools (scripts, benchmarks, the soak) may import anything.
            { sourceTag: 'type:lib', onlyDependOnLibsWithTags: ['type:lib'] },
            { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:lib', 'type:app'] },
            { sourceTag: 'type:tool', onlyDependOnLibsWithTags: ['type:lib', 'type:app'] },
            // The console runs in the browser: only libs/domain's plain vocabularies reach it.
            { sourceTag: 'scope:console', onlyDependOnLibsWithTags: ['scope:shared'] },
          ],
        },
      ],
    },
  },
  prettier,
);
