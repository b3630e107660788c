// Stands in for the `vite` package in tsconfig.app.json only. WXT's own declaration files import
// Vite's build-time types (config, plugins), and those pull in @types/node; extension code never
// imports Vite, so the browser program sees an empty module instead (skipLibCheck ignores the gap).
export {};
