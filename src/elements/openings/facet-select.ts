import { html, nothing, type TemplateResult } from 'lit';
import { format, formatNumber, plural, type StringKey, type Strings } from '../../i18n/strings.js';
import { FACETS, type Facet, type FacetValue, type Prepared } from './listing.js';

/** Each facet's control: its label and its "All …" option in the catalogue. */
const CONTROLS: Record<Facet, [label: StringKey, all: StringKey]> = {
  location: ['location', 'allLocations'],
  workplace: ['workplace', 'allWorkplaces'],
  department: ['department', 'allDepartments'],
  type: ['employmentType', 'allTypes'],
};

const byName = (a: FacetValue, b: FacetValue) => a.name.localeCompare(b.name);

/** A facet's select: "All … (n)", then each value with its count (locations: each country, then its cities). */
export function facetSelect(facet: Facet, list: Prepared, counts: Int32Array, total: number, key: string, t: Strings, choose: (value: string) => void): TemplateResult {
  const [label, all] = CONTROLS[facet];
  const values = list.facets[FACETS.indexOf(facet)];
  const option = (value: FacetValue, name = value.name) => {
    const i = list.ids[FACETS.indexOf(facet)].get(value.key)!;
    return counts[i] || value.key === key ? html`<option value=${value.key} ?selected=${value.key === key}>${name} (${formatNumber(counts[i], t.lang)})</option>` : nothing;
  };
  let options: unknown;
  if (facet === 'location') {
    const countries = values.filter((value) => value.country === undefined).sort(byName);
    const cities = values.filter((value) => value.country !== undefined).sort(byName);
    options = [
      ...countries.map((country) => {
        const id = list.ids[0].get(country.key)!;
        if (!counts[id] && country.key !== key && !cities.some((city) => city.country === id && city.key === key)) return nothing;
        return html`<optgroup label=${country.name}>
          ${option(country, format(t.allOfCountry, { country: country.name }))}
          ${cities.filter((city) => city.country === id).map((city) => option(city))}
        </optgroup>`;
      }),
      ...cities.filter((city) => city.country === -1).map((city) => option(city)),
    ];
  } else options = [...values].sort(byName).map((value) => option(value));
  return html`<label
    >${t[label]}<select part="filter" name=${facet} @change=${(e: Event) => choose((e.target as HTMLSelectElement).value)}>
      <option value="" ?selected=${!key}>${plural(t[all], total, t.lang)}</option>
      ${options}
    </select></label
  >`;
}
