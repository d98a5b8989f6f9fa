// The parts the sections stage reads a document into, shared by its readers: a section and its lines, a services
// group, and an officer found in a cell with where it was.
import type { Where } from '../../charter/finding.ts';
import type { Person, ServiceCategory } from '../../charter/model.ts';
import type { SectionKind } from '../layout/headings.ts';
import type { Line } from '../lines.ts';

export interface Section {
  kind: SectionKind;
  /** The number as printed, ASCII digits ("4"); null when the heading had none. */
  number: string | null;
  title: string;
  line: number;
  lines: Line[];
  /** An officer named once for every service ("এ দপ্তরের সকল সেবার দায়িত্বপ্রাপ্ত কর্মকর্তা …"), and its line. */
  everyService?: { text: string; line: number };
}

export interface Subsection {
  category: ServiceCategory | null;
  /** "2.1" in ASCII digits, or null. */
  number: string | null;
  title: string;
  line: number;
  lines: Line[];
}

export interface PlacedPerson {
  person: Person;
  where: Where;
  role: 'responsible' | 'superior' | 'alternate' | 'grievance';
}
