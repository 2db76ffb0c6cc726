import mdx from '@mdx-js/rollup';
import react from '@vitejs/plugin-react';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { defineConfig } from 'vite';
import { kernelsPlugin } from './scripts/vite-plugin-kernels.ts';
import { digitModelsPlugin } from './scripts/vite-plugin-digit-models.ts';
import { mnistPlugin } from './scripts/vite-plugin-mnist.ts';
import { offlinePlugin } from './scripts/vite-plugin-offline.ts';

export default defineConfig({
  // Lessons have real paths (/lessons/13-activation-functions), so assets load from the root.
  base: '/',
  plugins: [
    { enforce: 'pre', ...mdx({ remarkPlugins: [remarkMath], rehypePlugins: [rehypeKatex] }) },
    react({ include: /\.(mdx|tsx|ts)$/ }),
    kernelsPlugin(),
    mnistPlugin(),
    digitModelsPlugin(),
    offlinePlugin(),
  ],
  worker: { format: 'es' },
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
  preview: { port: 4173 },
});
