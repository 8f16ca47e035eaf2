import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

export default defineConfig({
  plugins: [solid()],
  build: { target: 'es2022', sourcemap: true },
  worker: { format: 'es' },
  preview: { port: 4173, strictPort: true },
});
