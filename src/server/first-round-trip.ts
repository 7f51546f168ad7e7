/**
 * How much of a page can arrive in the first round trip of a new connection: TCP's initial congestion window of
 * ten segments (RFC 6928) of 1,460 bytes each. A page whose response headers and compressed body exceed it waits
 * one more round trip before the browser has all of it and can draw: on a phone network, about 150 ms of its
 * first paint. The build compresses such a page harder (precompress.ts); `npm run bench` names the pages that
 * still do not fit.
 */
export const FIRST_ROUND_TRIP_BYTES = 10 * 1460;

/** The most deploy/nginx.conf sends before a page's body: status line and headers (tests/server/nginx.test.ts holds it to this). */
export const PAGE_HEADER_BYTES = 900;

/** Whether a page whose compressed copy is `bodyBytes` long arrives, headers and all, in the first round trip. */
export const fitsFirstRoundTrip = (bodyBytes: number): boolean => PAGE_HEADER_BYTES + bodyBytes <= FIRST_ROUND_TRIP_BYTES;
