// The open311 module's texts in English, key for key with open311.bn.ts.
import type { open311Bn } from './open311.bn.ts';

export const open311En: Record<keyof typeof open311Bn, string> = {
  'open311.error.jurisdiction-missing': 'jurisdiction_id was not provided: give the portal address of the office (e.g. doict.debiganj.panchagarh.gov.bd).',
  'open311.error.jurisdiction-unknown': 'jurisdiction_id "{jurisdiction}" was not found: no office has this portal address.',
  'open311.error.service-missing': 'service_code was not provided: take one from services.xml or services.json of the office.',
  'open311.error.service-unknown': 'service_code "{code}" was not found in the current charter of {jurisdiction}.',
  'open311.error.name-missing': 'first_name or last_name is required: the officers who handle the grievance must know who filed it (the public never sees it).',
  'open311.error.phone-missing': 'phone is required: a Bangladesh mobile number, to which the tracking number is sent by SMS.',
  'open311.error.description-missing': 'description is required: say what happened.',
  'open311.error.field': '{field}: {problem}',
  'open311.error.not-found': 'There is no such service request in this jurisdiction.',
  'open311.error.no-resource': 'There is no such resource; discovery.json lists the endpoint, and its methods are those of GeoReport v2.',
  'open311.error.date': '{field} is not a W3C datetime (e.g. 2026-06-01T00:00:00+06:00).',
  'open311.error.date-order': 'start_date is after end_date.',
  'open311.error.date-span': 'start_date to end_date may span at most 90 days.',
  'open311.error.status': 'status may be open or closed, or both comma separated.',
  'open311.error.body': 'Send the service request form-encoded (Content-Type: application/x-www-form-urlencoded).',
  'open311.error.general': 'General service error; please tell us, quoting {ref}.',
  'open311.notice.filed':
    'Tracking number {tracking} (also sent to the phone by SMS): with the phone number it is how the complainant follows the grievance, so give it to no one else. Received by {office}; a decision is due by {due} (the grievance redress officer).',
  'open311.notice.due': '{level}: a decision is due by {due}.',
  'open311.notice.stopped': 'The office has asked the complainant a question; the clock is stopped until the answer.',
  'open311.service.description': 'A grievance about the service "{service}" ({group}, serial {serial}) of the citizen\'s charter of {office}.',
  'open311.discovery.contact':
    "Grievances about the services that government offices of Bangladesh promise in their citizen's charters. jurisdiction_id is the office's portal address (e.g. doict.debiganj.panchagarh.gov.bd); service_code is a service of its current charter. A grievance is about an office, not a place: POST requests needs no location (lat/long, address_string or address_id); it needs first_name or last_name, phone (a Bangladesh mobile number) and description, and address_string, when given, is kept as the complainant's address. Public reads never show who filed, nor what was written unless the complainant chose to publish it. service_request_id is a public number of the request, not its tracking number: that goes only to the complainant (by SMS, and in service_notice of the answer to POST requests). Our texts come in English and Bangla; ?lang=en or ?lang=bn (or Accept-Language) picks one.",
  'open311.discovery.key':
    'No API key is needed to file a grievance. A registered client (such as the 333 call centre) sends its key as api_key, and it is recorded with the grievance.',
};
