// One page per entry id: not prerendered; the fallback page serves it, online or off.
export const prerender = false;
