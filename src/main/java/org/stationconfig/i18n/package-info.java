/**
 * The one text bundle ({@code i18n/texts*.properties}, English and German) and its rendering:
 * {@link org.stationconfig.i18n.Text} is a text with arguments rendered in the caller's language only when answered,
 * {@link org.stationconfig.i18n.Bundle} the source, {@link org.stationconfig.i18n.Languages} picks the language from
 * {@code Accept-Language}.
 *
 * <p>May not import: any other project package: it is the bottom layer every answer uses.
 */
package org.stationconfig.i18n;
