/** The public origin the fixture site is built for (SITE_URL, as src/settings.ts reads it). */
import { readSettings } from '../../src/settings';

export const SITE_ORIGIN = new URL(readSettings(process.env).siteUrl).origin;
