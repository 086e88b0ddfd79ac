import { fileURLToPath } from 'node:url';

/** Absolute path of the built site the browser tests serve. */
export const siteDir = fileURLToPath(new URL('../../dist', import.meta.url));
