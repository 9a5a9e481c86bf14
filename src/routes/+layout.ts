// Haven runs entirely in the browser: every page is prerendered as a shell, and the
// fallback page serves any other path, online or off.
export const ssr = false;
export const prerender = true;
