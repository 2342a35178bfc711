/** The content folder: CONTENT_DIR, relative to the project, default `content`. */
export const contentDir = (process.env.CONTENT_DIR || 'content').replace(/\/+$/, '');
