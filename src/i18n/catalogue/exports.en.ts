// The exports module's texts in English, key for key with exports.bn.ts.
import type { exportsBn } from './exports.bn.ts';

export const exportsEn: Record<keyof typeof exportsBn, string> = {
  'exports.col.serial': 'Serial',
  'exports.col.group': 'Group',
  'exports.col.name': 'Service',
  'exports.col.channels': 'How it is given',
  'exports.col.documents': 'Documents and where to get them',
  'exports.col.fee': 'Fee',
  'exports.col.payment': 'How to pay',
  'exports.col.time': 'Time limit',
  'exports.col.responsible': 'Responsible officer',
  'exports.col.superior': 'Superior officer',
  'exports.col.officeId': 'Office id',
  'exports.col.office': 'Office',
  'exports.col.districtCode': 'District code',
  'exports.col.upazilaCode': 'Upazila code',
  'exports.col.url': 'Address (URL)',
  'exports.sheet': 'Services',
  'exports.downloads': 'Downloads',
  'exports.embed.title': "Citizen's charter",
  'exports.embed.edition': 'Edition {edition}, published {date}',
  'exports.embed.full': 'The full charter, grievances and print',
  'exports.embed.code': 'To show this charter on your website, add this code',
  'exports.embed.none': 'None',
};
