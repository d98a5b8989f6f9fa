// The national service search's texts in English, key for key with search.bn.ts.
import type { searchBn } from './search.bn.ts';

export const searchEn: Record<keyof typeof searchBn, string> = {
  'service-search.title': 'Find a service',
  'service-search.intro':
    "Search the services of every office's published citizen's charter. Misspelled words and Bangla typed in English letters are found too.",
  'service-search.label': 'Service name or subject',
  'service-search.hint': 'For example প্রশিক্ষণ, proshikkhon, cyber security (সাইবার নিরাপত্তা), Debiganj',
  'service-search.submit': 'Search',
  'service-search.filters': 'Narrow down',
  'service-search.division': 'Division',
  'service-search.district': 'District',
  'service-search.upazila': 'Upazila',
  'service-search.level': 'Office level',
  'service-search.category': 'Service group',
  'service-search.any': 'All',
  'service-search.results': 'Results',
  'service-search.count': '{n} services found, closest first',
  'service-search.none': 'No service found. Try another spelling or fewer words.',
  'service-search.office': 'Office',
  'service-search.fee': 'Fee',
  'service-search.time': 'Time limit',
  'home.find-service': 'Find a service in any office',
};
