// The offices named in the seed documents: DoICT headquarters and the district and upazila offices
// whose charters, letters and minutes the team works from. Codes are the BBS geocodes charters print.
import type { OfficeInput } from '../offices/offices.service.ts';
import type { Role } from '../../db/schema.ts';

type Seed = Omit<OfficeInput, 'parentId' | 'level'> & { key: string; children?: Seed[] };

const upazila = (bn: string, en: string, district: string, districtBn: string, code: string, portal: string): Seed => ({
  key: en.toLowerCase(),
  nameBn: `উপজেলা কার্যালয়, ${bn}, ${districtBn}`,
  nameEn: `Upazila Office, ${en}, ${district}`,
  districtCode: code.slice(0, 2),
  upazilaCode: code,
  portal,
});

export const HEADQUARTERS: Seed = {
  key: 'hq',
  nameBn: 'তথ্য ও যোগাযোগ প্রযুক্তি অধিদপ্তর, প্রধান কার্যালয়',
  nameEn: 'Department of ICT, Headquarters',
  portal: 'doict.gov.bd',
  address: 'আইসিটি টাওয়ার, আগারগাঁও, শেরেবাংলা নগর, ঢাকা-১২০৭',
  children: [
    {
      key: 'khulna',
      nameBn: 'জেলা কার্যালয়, খুলনা',
      nameEn: 'District Office, Khulna',
      districtCode: '47',
      portal: 'doict.khulna.gov.bd',
      children: [
        upazila('পাইকগাছা', 'Paikgachha', 'Khulna', 'খুলনা', '4764', 'doict.paikgasa.khulna.gov.bd'),
        upazila('ফুলতলা', 'Phultala', 'Khulna', 'খুলনা', '4769', 'doict.fultola.khulna.gov.bd'),
        upazila('দিঘলিয়া', 'Dighalia', 'Khulna', 'খুলনা', '4740', 'doict.digholia.khulna.gov.bd'),
        upazila('রূপসা', 'Rupsha', 'Khulna', 'খুলনা', '4775', 'doict.rupsha.khulna.gov.bd'),
        upazila('তেরখাদা', 'Terokhada', 'Khulna', 'খুলনা', '4794', 'doict.terokhada.khulna.gov.bd'),
        upazila('ডুমুরিয়া', 'Dumuria', 'Khulna', 'খুলনা', '4730', 'doict.dumuria.khulna.gov.bd'),
        upazila('বটিয়াঘাটা', 'Batiaghata', 'Khulna', 'খুলনা', '4712', 'doict.botiaghata.khulna.gov.bd'),
        upazila('দাকোপ', 'Dacope', 'Khulna', 'খুলনা', '4717', 'doict.dakop.khulna.gov.bd'),
        upazila('কয়রা', 'Koyra', 'Khulna', 'খুলনা', '4753', 'doict.koyra.khulna.gov.bd'),
      ],
    },
    {
      key: 'panchagarh',
      nameBn: 'জেলা কার্যালয়, পঞ্চগড়',
      nameEn: 'District Office, Panchagarh',
      districtCode: '77',
      portal: 'doict.panchagarh.gov.bd',
      children: [upazila('দেবীগঞ্জ', 'Debiganj', 'Panchagarh', 'পঞ্চগড়', '7734', 'doict.debiganj.panchagarh.gov.bd')],
    },
    {
      key: 'habiganj',
      nameBn: 'জেলা কার্যালয়, হবিগঞ্জ',
      nameEn: 'District Office, Habiganj',
      districtCode: '36',
      portal: 'doict.habiganj.gov.bd',
      children: [upazila('লাখাই', 'Lakhai', 'Habiganj', 'হবিগঞ্জ', '3668', 'doict.lakhai.habiganj.gov.bd')],
    },
    {
      key: 'kushtia',
      nameBn: 'জেলা কার্যালয়, কুষ্টিয়া',
      nameEn: 'District Office, Kushtia',
      districtCode: '50',
      portal: 'doict.kushtia.gov.bd',
    },
  ],
};

/** Which seed charter belongs to which office (by portal). */
export const SEED_CHARTERS = [
  { file: 'charter-district-khulna.txt', portal: 'doict.khulna.gov.bd' },
  { file: 'charter-upazila-debiganj.txt', portal: 'doict.debiganj.panchagarh.gov.bd' },
];

export type { Seed };

/** The demo's password for every demo user; demo users exist only when the demo data is loaded. */
export const DEMO_PASSWORD = 'protishruti-demo';

/** Demo users (listed in the README): a whole review chain from Debiganj up to headquarters. */
export const DEMO_USERS: { email: string; portal: string; name: string; roles: Role[] }[] = [
  { email: 'admin@doict.demo', portal: 'doict.gov.bd', name: 'প্রশাসক (প্রধান কার্যালয়)', roles: ['admin'] },
  { email: 'reviewer@doict.demo', portal: 'doict.gov.bd', name: 'পর্যালোচক (প্রধান কার্যালয়)', roles: ['reviewer'] },
  { email: 'editor@khulna.demo', portal: 'doict.khulna.gov.bd', name: 'সম্পাদক, খুলনা', roles: ['editor'] },
  { email: 'head@khulna.demo', portal: 'doict.khulna.gov.bd', name: 'উপপরিচালক, খুলনা', roles: ['head'] },
  { email: 'reviewer@panchagarh.demo', portal: 'doict.panchagarh.gov.bd', name: 'পর্যালোচক, পঞ্চগড়', roles: ['reviewer', 'appeal-officer'] },
  { email: 'editor@debiganj.demo', portal: 'doict.debiganj.panchagarh.gov.bd', name: 'সম্পাদক, দেবীগঞ্জ', roles: ['editor'] },
  { email: 'head@debiganj.demo', portal: 'doict.debiganj.panchagarh.gov.bd', name: 'উপজেলা আইসিটি অফিসার, দেবীগঞ্জ', roles: ['head', 'grievance-officer'] },
];
