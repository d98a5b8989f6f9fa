// The published charter as linked data: schema.org GovernmentService for the charter page, and CPSV-AP 3.2
// (the EU's Core Public Service Vocabulary Application Profile) for the export. Pure: the caller passes the
// office, the public charter and the site's origin.
import type { Person, Service, ServiceCategory } from '../../charter/model.ts';
import type { PublicCharter } from '../charters/charters.presenter.ts';

/** What the exports need of an office (its row in the office tree). */
export interface ExportOffice {
  id: number;
  nameBn: string;
  nameEn: string;
  districtCode: string | null;
  upazilaCode: string | null;
  address: string | null;
  hours: string | null;
  phone: string | null;
  email: string | null;
}

const CATEGORY_BN: Record<ServiceCategory, string> = { citizen: 'নাগরিক সেবা', institutional: 'প্রাতিষ্ঠানিক সেবা', internal: 'অভ্যন্তরীণ সেবা' };
const CATEGORY_EN: Record<ServiceCategory, string> = { citizen: 'Citizen service', institutional: 'Institutional service', internal: 'Internal service' };

export const officeUrl = (origin: string, officeId: number) => `${origin}/offices/${officeId}`;
export const charterUrl = (origin: string, officeId: number) => `${officeUrl(origin, officeId)}/charter`;
/** The row's own anchor on the charter page: the service's place in the charter, from 1. */
export const serviceUrl = (origin: string, officeId: number, index: number) => `${charterUrl(origin, officeId)}#service-${index + 1}`;

/** The office's BBS geocode: the upazila's code where it has one, else the district's. */
export function geocodeOf(office: Pick<ExportOffice, 'districtCode' | 'upazilaCode'>): string | null {
  return office.upazilaCode ?? office.districtCode;
}

function personText(p: Person | null): string {
  if (!p) return '';
  return [p.name, p.designation, p.room, ...p.phones, ...p.emails].filter((x): x is string => !!x).join(', ');
}

/** The fee in words as the charter gives it, with how it is paid. */
export function feeWords(s: Service): string {
  const base = s.fee.kind === 'free' ? 'বিনামূল্যে' : s.fee.kind === 'amount' && s.fee.amountTaka !== null ? `${s.fee.amountTaka} টাকা` : s.fee.text;
  return s.fee.paymentMethod ? `${base}; ${s.fee.paymentMethod}` : base;
}

/** The amount in taka when the charter states one (free is 0), else null. */
export function feeAmount(s: Service): number | null {
  if (s.fee.kind === 'free') return 0;
  return s.fee.kind === 'amount' ? s.fee.amountTaka : null;
}

// ---------------------------------------------------------------------------------------------------------
// schema.org

/** One GovernmentService per service of the charter, for `<script type="application/ld+json">`. */
export function governmentServices(office: ExportOffice, charter: PublicCharter, origin: string) {
  const provider = {
    '@type': 'GovernmentOrganization',
    '@id': `${officeUrl(origin, office.id)}#office`,
    name: office.nameBn,
    alternateName: office.nameEn,
    url: officeUrl(origin, office.id),
    ...(office.address ? { address: { '@type': 'PostalAddress', streetAddress: office.address, addressCountry: 'BD' } } : {}),
    ...(office.phone ? { telephone: office.phone } : {}),
    ...(office.email ? { email: office.email } : {}),
  };
  const geocode = geocodeOf(office);
  const areaServed = {
    '@type': 'AdministrativeArea',
    name: office.nameBn,
    ...(geocode ? { identifier: geocode } : {}),
    containedInPlace: { '@type': 'Country', name: 'Bangladesh' },
  };
  return {
    '@context': 'https://schema.org',
    '@graph': charter.services.map((s, i) => {
      const amount = feeAmount(s);
      return {
        '@type': 'GovernmentService',
        '@id': serviceUrl(origin, office.id, i),
        url: serviceUrl(origin, office.id, i),
        name: s.name,
        serviceType: CATEGORY_BN[s.category],
        category: CATEGORY_EN[s.category],
        provider,
        areaServed,
        ...(s.channels.length ? { availableChannel: s.channels.map((ch) => ({ '@type': 'ServiceChannel', name: ch })) } : {}),
        offers: {
          '@type': 'Offer',
          description: feeWords(s),
          ...(amount !== null ? { price: amount, priceCurrency: 'BDT' } : {}),
          // schema.org has no processing time of a service; the offer's lead time is the nearest property.
          deliveryLeadTime: {
            '@type': 'QuantitativeValue',
            description: s.timeLimit.text,
            ...(s.timeLimit.workingDays !== null ? { value: s.timeLimit.workingDays, unitText: 'working days' } : {}),
          },
        },
        ...(office.hours ? { hoursAvailable: { '@type': 'OpeningHoursSpecification', description: office.hours } } : {}),
        ...(s.documents ? { description: `প্রয়োজনীয় কাগজপত্র: ${s.documents}` } : {}),
      };
    }),
  };
}

/** JSON for inside a `<script>` element: `<` (and so `</script>`) cannot end it early. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

// ---------------------------------------------------------------------------------------------------------
// CPSV-AP 3.2

/** Our own terms, for what CPSV-AP has no property for. A URN: it does not change with the installation's address. */
export const PT_NS = 'urn:protishruti:vocab:';
const COUNTRY_BD = 'http://publications.europa.eu/resource/authority/country/BGD';
const CURRENCY_BDT = 'http://publications.europa.eu/resource/authority/currency/BDT';

/** Inline, so the export expands offline (no remote context to fetch). */
export const CPSV_CONTEXT = {
  cpsv: 'http://purl.org/vocab/cpsv#',
  cv: 'http://data.europa.eu/m8g/',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  locn: 'http://www.w3.org/ns/locn#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
  pt: PT_NS,
  'cv:hasCompetentAuthority': { '@type': '@id' },
  'dct:spatial': { '@type': '@id' },
  'cv:currency': { '@type': '@id' },
  'cv:isClassifiedBy': { '@type': '@id' },
};

const bn = (value: string) => ({ '@value': value, '@language': 'bn' });
const en = (value: string) => ({ '@value': value, '@language': 'en' });

/** The office's CPSV-AP 3.2 description: one cpsv:PublicService per service, every node typed in the export itself. */
export function cpsvAp(office: ExportOffice, charter: PublicCharter, origin: string) {
  const officeId = officeUrl(origin, office.id);
  const geocode = geocodeOf(office);
  const bbs = geocode
    ? {
        '@id': `${officeId}#location`,
        '@type': 'dct:Location',
        'dct:identifier': geocode,
        'skos:prefLabel': bn(office.nameBn),
        // the codes as the Bangladesh Bureau of Statistics gives them
        ...(office.districtCode ? { 'pt:bbsDistrictCode': office.districtCode } : {}),
        ...(office.upazilaCode ? { 'pt:bbsUpazilaCode': office.upazilaCode } : {}),
      }
    : null;
  const country = { '@id': COUNTRY_BD, '@type': 'dct:Location', 'dct:identifier': 'BGD', 'skos:prefLabel': [en('Bangladesh'), bn('বাংলাদেশ')] };
  const spatial = bbs ? [bbs['@id'], COUNTRY_BD] : [COUNTRY_BD];
  const organisation = {
    '@id': officeId,
    '@type': 'cv:PublicOrganisation',
    'dct:identifier': String(office.id),
    'skos:prefLabel': [bn(office.nameBn), en(office.nameEn)],
    'dct:spatial': spatial,
    ...(office.address ? { 'locn:address': { '@id': `${officeId}#address`, '@type': 'locn:Address', 'locn:fullAddress': bn(office.address) } } : {}),
  };
  const categories = [...new Set(charter.services.map((s) => s.category))].map((c) => ({
    '@id': `${PT_NS}category/${c}`,
    '@type': 'skos:Concept',
    'skos:prefLabel': [bn(CATEGORY_BN[c]), en(CATEGORY_EN[c])],
  }));
  const currency = { '@id': CURRENCY_BDT, '@type': 'skos:Concept', 'skos:prefLabel': en('Bangladeshi taka'), 'skos:notation': 'BDT' };
  const services = charter.services.map((s, i) => {
    const id = serviceUrl(origin, office.id, i);
    const amount = feeAmount(s);
    const description = [`${CATEGORY_BN[s.category]}: ${s.name}`, `সময়সীমা: ${s.timeLimit.text}`, `সেবার মূল্য: ${feeWords(s)}`].join('। ');
    return {
      '@id': id,
      '@type': 'cpsv:PublicService',
      'dct:identifier': `${office.id}-${i + 1}`,
      'dct:title': bn(s.name),
      'dct:description': bn(description),
      'cv:hasCompetentAuthority': officeId,
      'dct:spatial': spatial,
      'cv:isClassifiedBy': `${PT_NS}category/${s.category}`,
      'cv:hasChannel': s.channels.map((ch, k) => ({
        '@id': `${id}/channel-${k + 1}`,
        '@type': 'cv:Channel',
        'dct:identifier': `${office.id}-${i + 1}-channel-${k + 1}`,
        'dct:description': bn(ch),
      })),
      'cv:hasCost': {
        '@id': `${id}/cost`,
        '@type': 'cv:Cost',
        'dct:identifier': `${office.id}-${i + 1}-cost`,
        'dct:description': bn(feeWords(s)),
        ...(amount !== null ? { 'cv:hasValue': { '@value': amount, '@type': 'xsd:double' }, 'cv:currency': CURRENCY_BDT } : {}),
      },
      ...(s.documents.trim()
        ? {
            'cpsv:hasInput': {
              '@id': `${id}/evidence`,
              '@type': 'cv:Evidence',
              'dct:identifier': `${office.id}-${i + 1}-evidence`,
              'dct:title': bn('প্রয়োজনীয় কাগজপত্র ও প্রাপ্তিস্থান'),
              'dct:description': bn(s.documents),
            },
          }
        : {}),
      // CPSV-AP's only time is cpsv:processingTime, an xsd:duration of calendar time; a charter promises
      // working days (holidays and days off do not count), which no duration can say. So the promise goes
      // in our own property, and the words as the charter wrote them beside it.
      ...(s.timeLimit.workingDays !== null ? { 'pt:workingDays': { '@value': s.timeLimit.workingDays, '@type': 'xsd:integer' } } : {}),
      ...(s.timeLimit.immediate ? { 'pt:immediate': true } : {}),
      'pt:timeLimitText': bn(s.timeLimit.text),
      ...(s.responsible ? { 'pt:responsibleOfficer': bn(personText(s.responsible)) } : {}),
      ...(s.superior ? { 'pt:superiorOfficer': bn(personText(s.superior)) } : {}),
    };
  });
  return {
    '@context': CPSV_CONTEXT,
    '@graph': [organisation, ...(bbs ? [bbs] : []), country, currency, ...categories, ...services],
  };
}
