export default {
  globs: ['src/*/*.ts'],
  exclude: ['src/**/*.layout.ts', 'src/**/*.messages.ts', 'src/**/*.styles.ts', 'src/data/**', 'src/shared/**'],
  outdir: '.',
  litelement: true,
  packagejson: false,
};
