// The grievance module's error codes and what each means over HTTP (spread into ERROR_STATUS).
export const GRIEVANCE_ERRORS = {
  'grievance.not-found': 404,
  'grievance.invalid': 400,
  'grievance.transition': 409,
  'grievance.service-unknown': 400,
  'grievance.lookup-locked': 429,
  'grievance.too-many': 429,
  'grievance.spam': 400,
  'grievance.attachment-count': 400,
  'grievance.attachment-total': 413,
  'grievance.attachment-large': 413,
  'grievance.attachment-empty': 400,
  'grievance.attachment-type': 415,
  /** a public write sent by a browser from another site */
  'request.cross-site': 403,
  'request.json-only': 415,
} as const satisfies Record<string, number>;
