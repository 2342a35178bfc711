/**
 * Whom a worker in a region can call or visit (the worker's path /help/not-enrolled/
 * and each region's page): the optional contact columns of regions.csv, and general
 * wording for whatever a region lacks. Never a made-up number.
 */
import type { Region } from '../../data/types';
import type { Lang } from '../../i18n/lang';
import { regionProseEn } from '../progress/progress-view';

/** The worker's path page, and its anchor for one region. */
export const HELP_HREF = '/help/not-enrolled/';
export const helpHref = (regionId?: string) => (regionId ? `${HELP_HREF}#${regionId}` : HELP_HREF);

/** One known contact. */
export interface ContactLine {
  label: string;
  value: string;
  /** A telephone number (not an address). */
  phone: boolean;
}

export interface RegionContacts {
  id: string;
  name: string;
  lines: ContactLine[];
  /** What to do for each contact the data lacks. */
  general: string[];
}

/**
 * A region's contacts and the general wording for what it lacks. In English the labels and
 * the wording are English; the values (addresses) stay as the data gives them, in Chinese.
 */
export function regionContacts(region: Region, lang: Lang = 'zh'): RegionContacts {
  if (lang === 'en') return regionContactsEn(region);
  const lines: ContactLine[] = [];
  const general: string[] = [];
  const office = region.kind === 'provincial' ? '省劳动和社会保障厅' : `${region.name}劳动和社会保障局（区、县也有劳动保障局）`;
  const agency = region.kind === 'provincial' ? '省社会保险经办机构' : `${region.name}社会保险经办机构（一般叫社保局、社保中心）`;
  if (region.inspectionPhone) lines.push({ label: '劳动保障监察电话（投诉、举报）', value: region.inspectionPhone, phone: true });
  if (region.inspectionAddress) lines.push({ label: '劳动保障监察地址', value: region.inspectionAddress, phone: false });
  if (region.servicePhone) lines.push({ label: '社保咨询电话', value: region.servicePhone, phone: true });
  if (!region.inspectionPhone && !region.inspectionAddress) {
    general.push(`本站没有${region.name}劳动保障监察机构的电话和地址：可以直接到${office}，说明要投诉或者举报单位不参保；也可以请单位工会或者上级工会帮你问。`);
  } else if (!region.inspectionPhone) {
    general.push(`本站没有${region.name}劳动保障监察的电话：可以直接去上面的地址。`);
  } else if (!region.inspectionAddress) {
    general.push(`本站没有${region.name}劳动保障监察的地址：先打上面的电话问清楚在哪里办。`);
  }
  if (!region.servicePhone) general.push(`本站没有${region.name}社保咨询电话：查缴费记录，带上身份证直接到${agency}。`);
  return { id: region.id, name: region.name, lines, general };
}

function regionContactsEn(region: Region): RegionContacts {
  const name = regionProseEn(region);
  const lines: ContactLine[] = [];
  const general: string[] = [];
  if (region.inspectionPhone) lines.push({ label: 'Labour inspection telephone (complaints and reports)', value: region.inspectionPhone, phone: true });
  if (region.inspectionAddress) lines.push({ label: 'Labour inspection address', value: region.inspectionAddress, phone: false });
  if (region.servicePhone) lines.push({ label: 'Social insurance enquiries', value: region.servicePhone, phone: true });
  if (!region.inspectionPhone && !region.inspectionAddress) general.push(`This site has no labour inspection telephone number or address for ${name}.`);
  else if (!region.inspectionPhone) general.push(`This site has no labour inspection telephone number for ${name}.`);
  else if (!region.inspectionAddress) general.push(`This site has no labour inspection address for ${name}.`);
  if (!region.servicePhone) general.push(`This site has no social insurance enquiries number for ${name}.`);
  return { id: region.id, name, lines, general };
}
