// A single-page app inside the Tauri window: no server rendering, no prerendering.
export const ssr = false;
export const prerender = false;
