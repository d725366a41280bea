export { calendarDate } from '@laa/database';
