import pg from 'pg';

const TIMESTAMPTZ_OID = 1184;
const INT8_OID = 20;

const TIMESTAMPTZ = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,6}))?(?:([+-])(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?)?$/;

/**
 * PostgreSQL text timestamps -> "2024-01-01T10:00:00.123456Z", the form PostHog (Django REST
 * framework) emits. A JS Date would drop the microseconds, so the fraction is carried over
 * as text; the offset (whatever the session time zone) is folded into UTC.
 */
export function parseTimestamptz(text: string): string {
  // Sessions run in UTC (connection.ts), so nearly every value is "YYYY-MM-DD HH:MM:SS[.f]+00":
  // rearranged without a regex or a Date, which a page of 100 members does 300 times.
  if (text.length >= 22 && text.length <= 29 && text.charCodeAt(10) === 32 && text.endsWith('+00') && (text.length === 22 || text.charCodeAt(19) === 46)) {
    const fraction = text.length === 22 ? '' : text.slice(20, -3);
    return `${text.slice(0, 10)}T${text.slice(11, 19)}.${fraction.padEnd(6, '0')}Z`;
  }
  const m = TIMESTAMPTZ.exec(text);
  if (!m) return text;
  const [, y, mo, d, h, mi, s, fraction = '', sign, oh = '0', om = '0', os = '0'] = m;
  const offsetSeconds = sign ? (sign === '-' ? -1 : 1) * (Number(oh) * 3600 + Number(om) * 60 + Number(os)) : 0;
  const utcMillis = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s)) - offsetSeconds * 1000;
  const iso = new Date(utcMillis).toISOString(); // YYYY-MM-DDTHH:MM:SS.000Z
  return `${iso.slice(0, 19)}.${fraction.padEnd(6, '0')}Z`;
}

let installed = false;

/** Installed once per process, so every pool (PostgreSQL or the embedded socket) parses alike. */
export function installTypeParsers(): void {
  if (installed) return;
  installed = true;
  pg.types.setTypeParser(TIMESTAMPTZ_OID, parseTimestamptz);
  // Counts come back as int8; they fit in a double for any realistic table size.
  pg.types.setTypeParser(INT8_OID, (text) => Number(text));
}
