/**
 * Content collections read from CONTENT_DIR (default `content/`): each
 * collection's schema lives in its own module under src/content/.
 */
import { articles } from './content/articles';
import { releases } from './content/releases';

export const collections = { articles, releases };
