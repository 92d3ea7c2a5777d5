/**
 * What every REST endpoint shares: errors as RFC 9457 problem documents ({@link org.stationconfig.api.Problem}, thrown
 * as {@link org.stationconfig.api.ProblemException}; {@link org.stationconfig.api.ProblemResponseProcessor} turns
 * Micronaut's own errors into them) and the language of an answer ({@link org.stationconfig.api.RequestLanguage},
 * {@link org.stationconfig.api.ContentLanguage}); each response's compression decision without a regex
 * ({@link org.stationconfig.api.ResponseCompression}) and a Date header made once a second
 * ({@link org.stationconfig.api.DateHeader}).
 *
 * <p>May not import: any project package but i18n: the features, audit and auth build on it.
 */
package org.stationconfig.api;
