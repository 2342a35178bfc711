/** The public origin the fixture site is built for (SITE_URL, as astro.config.mjs reads it). */
export const SITE_ORIGIN = new URL(process.env.SITE_URL || 'https://kuomian.example.org').origin;
