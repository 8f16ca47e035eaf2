import { defineConfig, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * The Content Security Policy of the built app: code, styles, fonts, workers, the service
 * worker and the manifest come from this origin only, nothing inline, no plugins, no <base>.
 * Solid sets style properties through the CSSOM (element.style), which a policy does not
 * govern, so no 'unsafe-inline' is needed.
 */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "font-src 'self'",
  "img-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "form-action 'self'",
  "base-uri 'none'",
  "object-src 'none'",
].join('; ');

/**
 * The policy as a meta tag in the built index.html (the service worker serves that file
 * offline, so the policy holds there too). Only at build: the dev server injects inline
 * styles for hot reload.
 */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'tarjuman-csp',
    apply: 'build',
    transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CSP }, injectTo: 'head-prepend' }],
  };
}

export default defineConfig({
  plugins: [
    contentSecurityPolicy(),
    solid(),
    VitePWA({
      // 'prompt': a new version waits for the user ("update available") instead of
      // reloading the page under an unsaved edit.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icon.svg'],
      manifest: {
        name: 'Tarjuman',
        short_name: 'Tarjuman',
        description: 'Read and align English, Arabic and Persian versions of a news story, offline.',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#fbfaf7',
        theme_color: '#0b5d8a',
        icons: [{ src: '/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
      },
      workbox: {
        // Everything the app needs offline: code, styles, woff2 fonts, seed chunks. The .woff
        // fallbacks are for browsers without woff2, which cannot run this app anyway.
        globPatterns: ['**/*.{js,css,html,woff2,svg,webmanifest}'],
        navigateFallback: '/index.html',
        maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
      },
    }),
  ],
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  // Headers can say what a meta tag cannot: no framing by other sites.
  preview: { port: 4173, strictPort: true, headers: { 'Content-Security-Policy': `${CSP}; frame-ancestors 'none'` } },
});
