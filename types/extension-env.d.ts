// Ambient types for the extension's code (tsconfig.app.json): WXT's generated globals and
// browser types, Vite's client types (import.meta.glob, asset imports) and inline CSS imports.
// No Node types here: extension code runs in browsers.
/// <reference types="wxt/vite-builder-env" />
/// <reference types="@wxt-dev/webextension-polyfill" />
/// <reference path="../.wxt/types/paths.d.ts" />
/// <reference path="../.wxt/types/i18n.d.ts" />
/// <reference path="../.wxt/types/globals.d.ts" />

declare module '*.css?inline' {
  const css: string;
  export default css;
}

// Readability alone (the package's index also bundles isProbablyReaderable, unused): the class is
// the CommonJS module's export. Keeps the script injected on activation smaller.
declare module '@mozilla/readability/Readability.js' {
  import { Readability } from '@mozilla/readability';
  export default Readability;
}
