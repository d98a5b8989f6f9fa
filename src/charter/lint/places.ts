// Where things are in a Charter: each value's path (for a fix), its section, row and column (for the editor) and words (for people).
import type { Charter, Finding, GrievanceStep, Person, Service, ServiceCategory } from '../model.ts';

export type Path = (string | number)[];
export type Location = NonNullable<Finding['location']>;

export interface Place {
  location: Location;
  /** Path of the value in the Charter. */
  path: Path;
}

export const SECTION_OF: Record<ServiceCategory, string> = { citizen: '2.1', institutional: '2.2', internal: '2.3' };

/**
 * The columns of the standard form, (১) to (৮). The Charter does not keep the layout of the document it
 * came from, so a document with its columns in another order is located by the standard form's numbers;
 * remarks of older forms come after them, as column 9.
 */
export const SERVICE_COLUMN = {
  serial: 1,
  name: 2,
  channels: 3,
  documents: 4,
  fee: 5,
  timeLimit: 6,
  responsible: 7,
  superior: 8,
  alternate: 8,
  remarks: 9,
} as const;
export type ServiceField = keyof typeof SERVICE_COLUMN;

/** The grievance table: (১) serial, (২) when, (৩) whom, (৪) address, (৫) deadline. */
export const STEP_COLUMN = { order: 1, when: 2, role: 3, contact: 4, contactText: 4, workingDays: 5 } as const;
export type StepField = keyof typeof STEP_COLUMN;

export function servicePlace(index: number, service: Service, field: ServiceField): Place {
  const section = SECTION_OF[service.category];
  const column = SERVICE_COLUMN[field];
  return { location: { section, row: service.serial, column, line: null }, path: ['services', index, field] };
}

export function stepPlace(index: number, step: GrievanceStep, field: StepField): Place {
  const column = STEP_COLUMN[field];
  return { location: { section: '5', row: step.order, column, line: null }, path: ['grievanceSteps', index, field] };
}

/** A place for a whole section or a field outside the tables ("header", "1" vision, "4" expectations, "sign-off"). */
export function sectionPlace(section: string, path: Path, row: number | null = null, column: number | null = null): Place {
  return { location: { section, row, column, line: null }, path };
}

/** The same place, one step deeper into the value: a person's phones, the k-th e-mail. */
export function deeper(place: Place, ...sub: Path): Place {
  return { ...place, path: [...place.path, ...sub] };
}

export type PersonRole = 'responsible' | 'superior' | 'alternate' | 'contact';

export interface PersonAt {
  person: Person;
  role: PersonRole;
  /** The cell the person is in; its path leads to the Person. */
  place: Place;
}

/** Every officer block of the charter: the services' officers, then the grievance contacts. */
export function personsOf(charter: Charter): PersonAt[] {
  const out: PersonAt[] = [];
  charter.services.forEach((service, i) => {
    for (const role of ['responsible', 'superior', 'alternate'] as const) {
      const person = service[role];
      if (person !== null) out.push({ person, role, place: servicePlace(i, service, role) });
    }
  });
  charter.grievanceSteps.forEach((step, i) => {
    if (step.contact !== null) out.push({ person: step.contact, role: 'contact', place: stepPlace(i, step, 'contact') });
  });
  return out;
}

export interface TextAt {
  text: string;
  place: Place;
}

const PERSON_TEXT = ['name', 'designation', 'room', 'other'] as const;

/**
 * Every piece of free text a person typed, with its place. A grievance contact is read from its cell, so the
 * cell (contactText) stands for it; a fee's payment method is part of the fee's text.
 */
export function textsOf(charter: Charter): TextAt[] {
  const out: TextAt[] = [];
  const add = (text: string | null | undefined, place: Place) => {
    if (text !== null && text !== undefined && text !== '') out.push({ text, place });
  };
  const { office } = charter;
  add(office.name, sectionPlace('header', ['office', 'name']));
  add(office.organisation, sectionPlace('header', ['office', 'organisation']));
  add(charter.title, sectionPlace('header', ['title']));
  add(charter.vision, sectionPlace('1', ['vision']));
  add(charter.mission, sectionPlace('1', ['mission']));
  charter.services.forEach((s, i) => {
    add(s.name, servicePlace(i, s, 'name'));
    s.channels.forEach((c, k) => add(c, deeper(servicePlace(i, s, 'channels'), k)));
    add(s.documents, servicePlace(i, s, 'documents'));
    add(s.fee.text, deeper(servicePlace(i, s, 'fee'), 'text'));
    add(s.timeLimit.text, deeper(servicePlace(i, s, 'timeLimit'), 'text'));
    add(s.remarks, servicePlace(i, s, 'remarks'));
    for (const role of ['responsible', 'superior', 'alternate'] as const) {
      const person = s[role];
      if (person !== null) for (const key of PERSON_TEXT) add(person[key], deeper(servicePlace(i, s, role), key));
    }
  });
  charter.subordinateOffices.forEach((o, i) => add(o.name, sectionPlace('3', ['subordinateOffices', i, 'name'], i + 1, 2)));
  charter.expectations.forEach((e, i) => add(e, sectionPlace('4', ['expectations', i], i + 1, 2)));
  charter.grievanceSteps.forEach((g, i) => {
    add(g.when, stepPlace(i, g, 'when'));
    add(g.role, stepPlace(i, g, 'role'));
    add(g.contactText, stepPlace(i, g, 'contactText'));
  });
  const sign = charter.signOff;
  if (sign !== null) {
    add(sign.name, sectionPlace('sign-off', ['signOff', 'name']));
    add(sign.designation, sectionPlace('sign-off', ['signOff', 'designation']));
    add(sign.office, sectionPlace('sign-off', ['signOff', 'office']));
  }
  return out;
}

/** The order sections come in the document, for sorting findings the way the editor reads. */
export const SECTION_ORDER = ['header', '1', '2', '2.1', '2.2', '2.3', '3', '4', '5', 'sign-off'];
