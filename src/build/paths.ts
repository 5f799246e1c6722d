import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where bantin itself is installed: its default templates live there. */
export const BANTIN_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DEFAULT_TEMPLATES = path.join(BANTIN_ROOT, 'templates');
