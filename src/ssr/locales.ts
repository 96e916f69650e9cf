// Every built-in UI catalogue, registered for server rendering: the server writes an element's
// words in the language the browser will show, so a German or Arabic page hydrates instead of
// rendering afresh. (In the browser the script tag loads only the catalogues a page uses.)
import '../i18n/locales/ar.js';
import '../i18n/locales/de.js';
import '../i18n/locales/es.js';
import '../i18n/locales/fr.js';
import '../i18n/locales/he.js';
import '../i18n/locales/ja.js';
import '../i18n/locales/nl.js';
import '../i18n/locales/pl.js';
import '../i18n/locales/pt-BR.js';
import '../i18n/locales/zh-CN.js';
