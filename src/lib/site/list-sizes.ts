/**
 * How many entries each list page holds: chosen so a page stays under ~100 KB of HTML with
 * long titles (an article list entry is about 400 bytes, a company row about 600 with its sparkline).
 */

/** Articles per page of the all-articles list. */
export const articlesPerPage = 50;

/** Companies per page of the companies list. */
export const companiesPerPage = 150;

/** Articles per timeline month page. */
export const timelineArticlesPerPage = 150;

/** Latest articles on the home page. */
export const homeArticles = 20;

/** Companies on the home page. */
export const homeCompanies = 12;

/** Companies named per month on the timeline overview. */
export const timelineCompaniesPerMonth = 8;
