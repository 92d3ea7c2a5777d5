/**
 * The OCPP 1.6 data types that several messages share (S16 ch.7 and the security whitepaper's types): id tag info,
 * meter values and sampled values, charging profiles and schedules, statuses, certificate hash data.
 *
 * <p>May not import: anything but {@code ocpp.rpc}: the shared types sit below the messages.
 */
package org.stationconfig.ocpp.v16.types;
