// The eight divisions and their 64 districts by BBS geocode: offices carry district codes, so a division
// filter is the set of its districts' codes.

export interface District {
  code: string;
  bn: string;
  en: string;
}

export interface Division {
  code: string;
  bn: string;
  en: string;
  districts: readonly District[];
}

const d = (code: string, bn: string, en: string): District => ({ code, bn, en });

export const DIVISIONS: readonly Division[] = [
  {
    code: '10',
    bn: 'বরিশাল',
    en: 'Barishal',
    districts: [
      d('04', 'বরগুনা', 'Barguna'),
      d('06', 'বরিশাল', 'Barishal'),
      d('09', 'ভোলা', 'Bhola'),
      d('42', 'ঝালকাঠি', 'Jhalokati'),
      d('78', 'পটুয়াখালী', 'Patuakhali'),
      d('79', 'পিরোজপুর', 'Pirojpur'),
    ],
  },
  {
    code: '20',
    bn: 'চট্টগ্রাম',
    en: 'Chattogram',
    districts: [
      d('03', 'বান্দরবান', 'Bandarban'),
      d('12', 'ব্রাহ্মণবাড়িয়া', 'Brahmanbaria'),
      d('13', 'চাঁদপুর', 'Chandpur'),
      d('15', 'চট্টগ্রাম', 'Chattogram'),
      d('19', 'কুমিল্লা', 'Cumilla'),
      d('22', 'কক্সবাজার', "Cox's Bazar"),
      d('30', 'ফেনী', 'Feni'),
      d('46', 'খাগড়াছড়ি', 'Khagrachhari'),
      d('51', 'লক্ষ্মীপুর', 'Lakshmipur'),
      d('75', 'নোয়াখালী', 'Noakhali'),
      d('84', 'রাঙ্গামাটি', 'Rangamati'),
    ],
  },
  {
    code: '30',
    bn: 'ঢাকা',
    en: 'Dhaka',
    districts: [
      d('26', 'ঢাকা', 'Dhaka'),
      d('29', 'ফরিদপুর', 'Faridpur'),
      d('33', 'গাজীপুর', 'Gazipur'),
      d('35', 'গোপালগঞ্জ', 'Gopalganj'),
      d('48', 'কিশোরগঞ্জ', 'Kishoreganj'),
      d('54', 'মাদারীপুর', 'Madaripur'),
      d('56', 'মানিকগঞ্জ', 'Manikganj'),
      d('59', 'মুন্সীগঞ্জ', 'Munshiganj'),
      d('67', 'নারায়ণগঞ্জ', 'Narayanganj'),
      d('68', 'নরসিংদী', 'Narsingdi'),
      d('82', 'রাজবাড়ী', 'Rajbari'),
      d('86', 'শরীয়তপুর', 'Shariatpur'),
      d('93', 'টাঙ্গাইল', 'Tangail'),
    ],
  },
  {
    code: '40',
    bn: 'খুলনা',
    en: 'Khulna',
    districts: [
      d('01', 'বাগেরহাট', 'Bagerhat'),
      d('18', 'চুয়াডাঙ্গা', 'Chuadanga'),
      d('41', 'যশোর', 'Jashore'),
      d('44', 'ঝিনাইদহ', 'Jhenaidah'),
      d('47', 'খুলনা', 'Khulna'),
      d('50', 'কুষ্টিয়া', 'Kushtia'),
      d('55', 'মাগুরা', 'Magura'),
      d('57', 'মেহেরপুর', 'Meherpur'),
      d('65', 'নড়াইল', 'Narail'),
      d('87', 'সাতক্ষীরা', 'Satkhira'),
    ],
  },
  {
    code: '45',
    bn: 'ময়মনসিংহ',
    en: 'Mymensingh',
    districts: [d('39', 'জামালপুর', 'Jamalpur'), d('61', 'ময়মনসিংহ', 'Mymensingh'), d('72', 'নেত্রকোণা', 'Netrokona'), d('89', 'শেরপুর', 'Sherpur')],
  },
  {
    code: '50',
    bn: 'রাজশাহী',
    en: 'Rajshahi',
    districts: [
      d('10', 'বগুড়া', 'Bogura'),
      d('38', 'জয়পুরহাট', 'Joypurhat'),
      d('64', 'নওগাঁ', 'Naogaon'),
      d('69', 'নাটোর', 'Natore'),
      d('70', 'চাঁপাইনবাবগঞ্জ', 'Chapai Nawabganj'),
      d('76', 'পাবনা', 'Pabna'),
      d('81', 'রাজশাহী', 'Rajshahi'),
      d('88', 'সিরাজগঞ্জ', 'Sirajganj'),
    ],
  },
  {
    code: '55',
    bn: 'রংপুর',
    en: 'Rangpur',
    districts: [
      d('27', 'দিনাজপুর', 'Dinajpur'),
      d('32', 'গাইবান্ধা', 'Gaibandha'),
      d('49', 'কুড়িগ্রাম', 'Kurigram'),
      d('52', 'লালমনিরহাট', 'Lalmonirhat'),
      d('73', 'নীলফামারী', 'Nilphamari'),
      d('77', 'পঞ্চগড়', 'Panchagarh'),
      d('85', 'রংপুর', 'Rangpur'),
      d('94', 'ঠাকুরগাঁও', 'Thakurgaon'),
    ],
  },
  {
    code: '60',
    bn: 'সিলেট',
    en: 'Sylhet',
    districts: [d('36', 'হবিগঞ্জ', 'Habiganj'), d('58', 'মৌলভীবাজার', 'Moulvibazar'), d('90', 'সুনামগঞ্জ', 'Sunamganj'), d('91', 'সিলেট', 'Sylhet')],
  },
];

export const divisionOf = (code: string) => DIVISIONS.find((v) => v.code === code) ?? null;
