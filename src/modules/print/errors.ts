// The print module's error codes and what each means over HTTP (spread into ERROR_STATUS).
export const PRINT_ERRORS = {
  /** no Chromium on the server: the PDF cannot be made (the print view still works) */
  'print.unavailable': 503,
} as const satisfies Record<string, number>;
