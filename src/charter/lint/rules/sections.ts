// The parts every charter must have: vision, mission, services, what we expect from you, grievance redress.
import type { Charter, Finding } from '../../model.ts';
import { sectionPlace } from '../places.ts';
import { report } from '../report.ts';

export function sections(charter: Charter): Finding[] {
  const findings: Finding[] = [];
  if (charter.vision.trim() === '')
    findings.push(report('vision.missing', sectionPlace('1', 'vision', ['vision']), 'The charter has no vision', 'চার্টারে ভিশন নেই'));
  if (charter.mission.trim() === '')
    findings.push(report('mission.missing', sectionPlace('1', 'mission', ['mission']), 'The charter has no mission', 'চার্টারে মিশন নেই'));
  if (charter.services.length === 0)
    findings.push(report('services.missing', sectionPlace('2', 'services', ['services']), 'The charter lists no services', 'চার্টারে কোনো সেবা নেই'));
  if (charter.expectations.length === 0) {
    findings.push(
      report(
        'expectations.missing',
        sectionPlace('4', 'expectations', ['expectations']),
        'The charter does not say what the office expects from citizens',
        'চার্টারে "আপনার কাছে আমাদের প্রত্যাশা" নেই',
      ),
    );
  }
  // No grievance redress at all is the grievance rule's finding (grievance.missing).
  return findings;
}
