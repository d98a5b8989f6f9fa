// The parts every charter must have: vision, mission, services, what we expect from you, grievance redress.
import type { Charter, Finding } from '../../model.ts';
import { sectionPlace } from '../places.ts';
import { report } from '../report.ts';

export function sections(charter: Charter): Finding[] {
  const findings: Finding[] = [];
  if (charter.vision.trim() === '') findings.push(report('vision.missing', sectionPlace('1', ['vision'])));
  if (charter.mission.trim() === '') findings.push(report('mission.missing', sectionPlace('1', ['mission'])));
  if (charter.services.length === 0) findings.push(report('services.missing', sectionPlace('2', ['services'])));
  if (charter.expectations.length === 0) {
    findings.push(report('expectations.missing', sectionPlace('4', ['expectations'])));
  }
  // No grievance redress at all is the grievance rule's finding (grievance.missing).
  return findings;
}
