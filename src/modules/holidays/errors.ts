// The holiday calendar's error codes and their HTTP statuses, spread into ERROR_STATUS (each has its error.<code> text).
export const HOLIDAY_ERRORS = {
  'holiday.invalid': 400,
  'holiday.not-found': 404,
  /** an imported file with at least one bad line: nothing is saved */
  'holiday.csv-invalid': 400,
  'week.invalid': 400,
} as const;
