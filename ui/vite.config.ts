import { sveltekit } from '@sveltejs/kit/vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [sveltekit()],
  clearScreen: false,
  // The dev server may read the message catalogue outside ui/ ($messages in svelte.config.js).
  server: { port: 5173, strictPort: true, fs: { allow: ['../src-tauri/crates/messages/locales'] } },
  test: { include: ['src/**/*.test.ts'], environment: 'node' }
});
