/** /calendar.ics: the release calendar as iCalendar, for newsrooms to subscribe to (src/site/calendar/ics.ts). */
import type { APIRoute } from 'astro';
import { getSite } from '../site/build/site';
import { calendarView, reportPages } from '../site/calendar/calendar-view';
import { calendarIcs } from '../site/calendar/ics';

export const GET: APIRoute = ({ site }) => {
  const { dataset, model } = getSite();
  const view = calendarView(dataset.calendar ?? [], reportPages(model));
  const body = calendarIcs([...view.upcoming, ...view.past.slice().reverse()], {
    name: `${dataset.meta.title} 发布日程`,
    siteUrl: (site ?? new URL('https://kuomian.example.org')).href,
    stamp: dataset.buildDate,
  });
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
