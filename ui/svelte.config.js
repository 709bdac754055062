import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    // A single-page app: Tauri serves the files, the Rust side answers every request.
    adapter: adapter({ fallback: 'index.html' }),
    alias: {
      // The message catalogue the page shares with Rust (Fluent files, read with `?raw`).
      $messages: '../src-tauri/crates/messages/locales'
    }
  }
};

export default config;
