// The open311 module's texts in Bangla: part of the one catalogue (spread into bn.ts).
export const open311Bn = {
  'open311.error.jurisdiction-missing': 'jurisdiction_id দেওয়া হয়নি: দপ্তরের পোর্টালের ঠিকানা দিন (যেমন doict.debiganj.panchagarh.gov.bd)।',
  'open311.error.jurisdiction-unknown': 'jurisdiction_id "{jurisdiction}" পাওয়া যায়নি: এই পোর্টাল ঠিকানার কোনো দপ্তর নেই।',
  'open311.error.service-missing': 'service_code দেওয়া হয়নি: দপ্তরের services.xml বা services.json থেকে একটি নিন।',
  'open311.error.service-unknown': 'service_code "{code}" {jurisdiction}-এর বর্তমান সিটিজেন চার্টারে নেই।',
  'open311.error.name-missing': 'first_name বা last_name দিতে হবে: অভিযোগ যাঁরা নিষ্পত্তি করবেন তাঁদের জানতে হবে কে অভিযোগ করেছেন (জনসাধারণ তা কখনো দেখে না)।',
  'open311.error.phone-missing': 'phone দিতে হবে: বাংলাদেশের একটি মোবাইল নম্বর, যাতে ট্র্যাকিং নম্বর এসএমএসে পাঠানো হয়।',
  'open311.error.description-missing': 'description দিতে হবে: কী ঘটেছে লিখুন।',
  'open311.error.field': '{field}: {problem}',
  'open311.error.not-found': 'এই এখতিয়ারে এমন কোনো অভিযোগ নেই।',
  'open311.error.no-resource': 'এমন কিছু নেই; discovery.json-এ এন্ডপয়েন্টটি আছে, আর তার পদ্ধতিগুলো GeoReport v2-এর।',
  'open311.error.date': '{field} W3C তারিখ-সময় নয় (যেমন 2026-06-01T00:00:00+06:00)।',
  'open311.error.date-order': 'start_date, end_date-এর পরে।',
  'open311.error.date-span': 'start_date থেকে end_date সর্বোচ্চ ৯০ দিন হতে পারে।',
  'open311.error.status': 'status হতে পারে open বা closed, অথবা কমা দিয়ে দুটোই।',
  'open311.error.body': 'অভিযোগটি ফরম-এনকোড করে পাঠান (Content-Type: application/x-www-form-urlencoded)।',
  'open311.error.general': 'সেবায় একটি ত্রুটি হয়েছে; {ref} উল্লেখ করে আমাদের জানান।',
  'open311.notice.filed':
    'ট্র্যাকিং নম্বর {tracking} (ফোনে এসএমএসেও পাঠানো হয়েছে): ফোন নম্বরের সাথে এটি দিয়েই অভিযোগকারী অভিযোগের খোঁজ নেন, তাই আর কাউকে দেবেন না। {office} অভিযোগটি গ্রহণ করেছে; অভিযোগ নিষ্পত্তি কর্মকর্তা {due} তারিখের মধ্যে সিদ্ধান্ত দেবেন।',
  'open311.notice.due': '{level}: {due} তারিখের মধ্যে সিদ্ধান্ত দেবেন।',
  'open311.notice.stopped': 'দপ্তর অভিযোগকারীর কাছে একটি প্রশ্নের উত্তর চেয়েছে; উত্তর না আসা পর্যন্ত সময় গণনা বন্ধ।',
  'open311.service.description': '{office}-এর সিটিজেন চার্টারের "{service}" সেবা ({group}, ক্রমিক {serial}) নিয়ে অভিযোগ।',
  'open311.discovery.contact':
    'বাংলাদেশের সরকারি দপ্তরগুলো সিটিজেন চার্টারে যে সেবার প্রতিশ্রুতি দেয় তা নিয়ে অভিযোগ। jurisdiction_id হলো দপ্তরের পোর্টালের ঠিকানা (যেমন doict.debiganj.panchagarh.gov.bd); service_code তার বর্তমান চার্টারের একটি সেবা। অভিযোগ একটি দপ্তর নিয়ে, কোনো স্থান নিয়ে নয়: POST requests-এ অবস্থান (lat/long, address_string বা address_id) লাগে না; লাগে first_name বা last_name, phone (বাংলাদেশের মোবাইল নম্বর) ও description, আর address_string দিলে তা অভিযোগকারীর ঠিকানা হিসেবে রাখা হয়। জনসাধারণের পড়ায় কখনো দেখা যায় না কে অভিযোগ করেছেন, আর অভিযোগকারী প্রকাশ করতে না চাইলে কী লিখেছেন তাও নয়। service_request_id অভিযোগের একটি প্রকাশ্য নম্বর, ট্র্যাকিং নম্বর নয়: ট্র্যাকিং নম্বর শুধু অভিযোগকারী পান (এসএমএসে, আর POST requests-এর উত্তরের service_notice-এ)। আমাদের লেখা ইংরেজি ও বাংলায় আসে; ?lang=en বা ?lang=bn (অথবা Accept-Language) দিয়ে একটি বাছাই করা যায়।',
  'open311.discovery.key': 'অভিযোগ করতে কোনো API key লাগে না। নিবন্ধিত ক্লায়েন্ট (যেমন ৩৩৩ কল সেন্টার) তার key api_key হিসেবে পাঠায়, আর তা অভিযোগের সাথে রাখা হয়।',
} as const;
